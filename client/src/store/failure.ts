// A refused reply as the error the screens show: its code, message and params, without the `ok`.
import type { AppError } from './types';

export const failure = ({ code, message, params }: AppError): AppError =>
  params ? { code, message, params } : { code, message };
