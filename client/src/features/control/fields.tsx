// The label-and-control pairs the Control console's forms repeat. One id names the control, ties its
// label to it and is its test hook (data-testid); other attributes (maxLength, min, disabled…) pass
// through to the control.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/** What a field passes through to its control: every attribute but those the field sets itself. */
type PassedOn<A> = Omit<A, 'id' | 'className' | 'value' | 'onChange' | 'children'>;

interface Control<V> {
  readonly id: string;
  readonly value: V;
  readonly onValue: (value: V) => void;
}

interface Labelled {
  readonly label: ReactNode;
}

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly disabled?: boolean;
}

type TextFieldProps = Labelled & Control<string> & PassedOn<InputHTMLAttributes<HTMLInputElement>>;

export function TextField({ id, label, value, onValue, ...rest }: TextFieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        className="input"
        value={value}
        data-testid={id}
        onChange={(e) => onValue(e.target.value)}
      />
    </>
  );
}

type TextAreaFieldProps = Labelled & Control<string> & PassedOn<TextareaHTMLAttributes<HTMLTextAreaElement>>;

export function TextAreaField({ id, label, value, onValue, ...rest }: TextAreaFieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        {...rest}
        id={id}
        className="input textarea"
        value={value}
        data-testid={id}
        onChange={(e) => onValue(e.target.value)}
      />
    </>
  );
}

type NumberInputProps = Control<number> & PassedOn<Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>>;

/** A short number box; while it is empty or unreadable its value is NaN and it shows nothing. */
export function NumberInput({ id, value, onValue, ...rest }: NumberInputProps) {
  return (
    <input
      {...rest}
      id={id}
      className="input input--short"
      type="number"
      value={Number.isNaN(value) ? '' : value}
      data-testid={id}
      onChange={(e) => onValue(e.target.valueAsNumber)}
    />
  );
}

export function NumberField({ label, ...input }: Labelled & NumberInputProps) {
  return (
    <>
      <label htmlFor={input.id}>{label}</label>
      <NumberInput {...input} />
    </>
  );
}

type SelectProps<V extends string> = Control<V> &
  PassedOn<SelectHTMLAttributes<HTMLSelectElement>> & {
    readonly options: readonly Option<V>[];
  };

/** A drop-down over the given options; it reports only their values. */
export function Select<V extends string>({ id, value, onValue, options, ...rest }: SelectProps<V>) {
  return (
    <select
      {...rest}
      id={id}
      className="input select"
      value={value}
      data-testid={id}
      onChange={(e) => onValue(e.target.value as V)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function SelectField<V extends string>({ label, ...select }: Labelled & SelectProps<V>) {
  return (
    <>
      <label htmlFor={select.id}>{label}</label>
      <Select {...select} />
    </>
  );
}
