// Routes that only the installation's operator may use (ADR 0021): with ADMIN_KEY set, they need the
// key in `X-Admin-Key`; without it, anyone who reaches the page may use them, as before.
import type express from 'express';
import type { Request, Response } from 'express';
import { OPERATOR_KEY_HEADER } from '../auth/operatorKey';
import { services } from '../services';
import { sendError } from './controlAccess';

/** True when the request may go on; otherwise the refusal has been sent. */
export function operatorAllows(req: Request, res: Response): boolean {
  const key = services().operatorKey;
  const candidate = req.get(OPERATOR_KEY_HEADER);
  if (key.allows(candidate)) return true;
  if (!candidate) {
    sendError(
      res,
      401,
      'OPERATOR_KEY_REQUIRED',
      'This installation asks for the operator key to create, import or delete exercises.',
    );
  } else sendError(res, 403, 'BAD_OPERATOR_KEY', 'That is not this installation’s operator key.');
  return false;
}

/** GET /api/operator: whether the lobby should ask for the operator key. */
export function mountOperator(router: express.Router): void {
  router.get('/operator', (_req, res) => {
    res.json({ keyRequired: services().operatorKey.required });
  });
}
