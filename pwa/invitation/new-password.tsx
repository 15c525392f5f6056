import { For } from 'solid-js';
import { type FormError, TextField, errorAt } from '../sign-in/form.tsx';
import { invitationMessages } from './messages.ts';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 500;

type NewPasswordFieldsProps = {
  idPrefix: string;
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: FormError[];
};

export const newPasswordIds = (idPrefix: string) => ({ password: `${idPrefix}-password`, confirm: `${idPrefix}-confirm` });

/** The same rules as the API's `NewPassword`, checked before sending so the person hears them in their language. */
export function checkNewPassword(idPrefix: string, password: string, confirm: string): FormError[] {
  const m = invitationMessages();
  const ids = newPasswordIds(idPrefix);
  const found: FormError[] = [];
  if (!password) found.push({ field: ids.password, message: m.passwordRequired });
  else if (password.length < MIN_PASSWORD_LENGTH) found.push({ field: ids.password, message: m.passwordTooShort });
  else if (password.length > MAX_PASSWORD_LENGTH) found.push({ field: ids.password, message: m.passwordTooLong });
  if (!confirm) found.push({ field: ids.confirm, message: m.confirmRequired });
  else if (password && confirm !== password) found.push({ field: ids.confirm, message: m.confirmMismatch });
  return found;
}

/** A new password, typed twice, with the rules shown before anyone gets them wrong. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const m = invitationMessages;
  const ids = newPasswordIds(props.idPrefix);
  return (
    <>
      <TextField
        id={ids.password}
        label={props.label}
        type="password"
        autocomplete="new-password"
        value={props.password}
        onInput={props.onPassword}
        error={errorAt(props.errors, ids.password)}
        required
        hint={
          <>
            <p class="field__hint-intro">{m().passwordRulesIntro}</p>
            <ul>
              <For each={m().passwordRules}>{(rule) => <li>{rule}</li>}</For>
            </ul>
          </>
        }
      />
      <TextField
        id={ids.confirm}
        label={m().passwordConfirm}
        type="password"
        autocomplete="new-password"
        value={props.confirm}
        onInput={props.onConfirm}
        error={errorAt(props.errors, ids.confirm)}
        required
      />
    </>
  );
}
