// The Control team in the room (lead and assistants), and the lead's assistant keys: issued here,
// shown once, revocable.
import { useState } from 'react';
import type { ExerciseView } from '@council/shared';
import { CopyField } from '../../components/CopyField';
import { useErrorText, useT } from '../../i18n';
import {
  controlLink,
  selectIsLeadControl,
  selectIsLive,
  selectPending,
  selectSend,
  useStore,
} from '../../store';
import { TextField } from './fields';
import { useSecretCommand } from './useSecretCommand';
import { FormProblem } from '../../components/checkedSend';

export function ControlTeam({ view }: { readonly view: ExerciseView }) {
  const t = useT();
  const errorText = useErrorText();
  const live = useStore(selectIsLive);
  const pending = useStore(selectPending);
  const send = useStore(selectSend);
  const secret = useSecretCommand();
  // Keys are the lead's to issue and revoke: an assistant sees the team, not the key controls.
  const lead = useStore(selectIsLeadControl);
  const [name, setName] = useState('');
  const renameControl = useStore((s) => s.renameControl);
  const [myName, setMyName] = useState(() => useStore.getState().displayName);
  const [issued, setIssued] = useState<{ readonly name: string; readonly link: string } | null>(null);
  const room = view.controlRoom;
  if (!room) return null;
  const issue = async () => {
    const reply = await secret.send({ type: 'issueAssistantKey', name: name.trim() });
    if (reply.ok && reply.controlKey) {
      setIssued({
        name: name.trim(),
        link: controlLink(window.location.origin, view.code, reply.controlKey),
      });
      setName('');
    }
  };
  const keys = room.assistantKeys.filter((k) => !k.revoked);
  return (
    <section className="console-box" aria-labelledby="console-team-title" data-testid="control-team">
      <h3 id="console-team-title">{t('console.team')}</h3>
      <p className="hint" data-testid="control-lost-key">
        {t('controlKey.lostHelp')}
      </p>
      <ul className="console-list">
        {room.team.map((member, i) => (
          <li key={`${member.name}-${i}`}>
            {member.name} · {member.role === 'lead' ? t('console.teamLead') : t('console.teamAssistant')}
          </li>
        ))}
      </ul>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          renameControl(myName);
        }}
      >
        <TextField
          id="control-my-name"
          label={t('console.myName')}
          maxLength={60}
          autoComplete="name"
          value={myName}
          onValue={setMyName}
        />
        <button
          type="submit"
          className="button button--secondary"
          data-testid="control-my-name-save"
          disabled={!live || !myName.trim()}
        >
          {t('console.myNameSave')}
        </button>
      </form>
      {!lead && (
        <p className="hint" data-testid="control-team-lead-only">
          {t('console.leadOnly')}
        </p>
      )}
      {lead && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void issue();
          }}
        >
          <TextField
            id="control-assistant-name"
            label={t('console.assistantName')}
            value={name}
            onValue={setName}
          />
          <FormProblem id="control-issue-problem" problem={secret.problem} />
          <button
            type="submit"
            className="button button--secondary"
            data-testid="control-issue-key"
            disabled={!live || secret.pending || !name.trim()}
          >
            {t('console.issueKey')}
          </button>
        </form>
      )}
      {lead && <p className="hint">{t('console.issueKeyHint')}</p>}
      {secret.error && (
        <p className="field__error" role="alert" data-testid="control-issue-error">
          {errorText(secret.error)}
        </p>
      )}
      {issued && (
        <div data-testid="control-issued-key">
          <p className="control-key__warning">{t('console.issuedOnce', { name: issued.name })}</p>
          <CopyField label={t('controlKey.linkLabel')} value={issued.link} testId="control-assistant-link" />
        </div>
      )}
      {lead && keys.length > 0 && (
        <ul className="console-list">
          {keys.map((key) => (
            <li key={key.keyId}>
              {key.name}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                data-testid={`control-revoke-${key.keyId}`}
                aria-label={t('console.revokeLabel', { name: key.name })}
                disabled={!live || pending}
                onClick={() => void send({ type: 'revokeAssistantKey', keyId: key.keyId })}
              >
                {t('console.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
