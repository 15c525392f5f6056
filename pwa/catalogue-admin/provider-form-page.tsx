import { A, useNavigate, useParams } from '@solidjs/router';
import { For, Show, createResource, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import * as v from 'valibot';
import { ProviderCreateBody, ProviderPatchBody } from '../../schema/api/catalogue.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { ErrorSummary } from '../sign-in/form.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { managePath } from './can-manage.ts';
import { type FieldErrors, Field, Notice, described, describeFailure, focusFirst, issuesByField, serverFieldErrors, summaryOf, textOrNull } from './form-kit.tsx';
import { adminMessages } from './messages.ts';
import '../sign-in/form.css';

const FIELDS = ['name', 'ico', 'legalForm', 'phone', 'email', 'web', 'street', 'city', 'postcode'] as const;
type ProviderField = (typeof FIELDS)[number];
const idOf = (field: string) => `provider-${field}`;

/** New provider at …/poskytovatel/novy, an existing one at …/poskytovatel/:id; after a new one, its first service. */
export default function ProviderFormPage() {
  const params = useParams<{ slug: string; id?: string }>();
  const navigate = useNavigate();
  const m = adminMessages;
  const isNew = () => !params.id || params.id === 'novy';
  const [values, setValues] = createStore<Record<ProviderField, string>>(Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<ProviderField, string>);
  const [loaded] = createResource(
    () => (isNew() ? undefined : params.id),
    async (id) => {
      const { provider } = await request(api.api.providers[':id'].$get({ param: { id } }));
      const record = provider as Record<string, unknown>;
      setValues(Object.fromEntries(FIELDS.map((f) => [f, record[f] == null ? '' : String(record[f])])) as Record<ProviderField, string>);
      return provider;
    },
  );
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  usePageTitle(() => (isNew() ? m().newProvider : m().editProvider));

  const body = () => ({ name: values.name, ...Object.fromEntries(FIELDS.filter((f) => f !== 'name').map((f) => [f, textOrNull(values[f])])) });
  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    queueMicrotask(() => focusFirst(FIELDS.filter((f) => found[f]).map(idOf)));
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setFailure(undefined);
    setSuccess(undefined);
    const parsed = isNew() ? v.safeParse(ProviderCreateBody, { territory: params.slug, ...body() }) : v.safeParse(ProviderPatchBody, body());
    if (!parsed.success) return showErrors(issuesByField(parsed.issues));
    setErrors({});
    setBusy(true);
    try {
      if (isNew()) {
        const { provider } = await request(api.api.providers.$post({ json: { territory: params.slug, ...body() } as v.InferInput<typeof ProviderCreateBody> }));
        navigate(`${managePath(params.slug)}/sluzba/novy?poskytovatel=${provider.id}`);
      } else {
        const { provider } = await request(api.api.providers[':id'].$patch({ param: { id: params.id! }, json: body() as v.InferInput<typeof ProviderPatchBody> }));
        setSuccess(m().saved(provider.name));
      }
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (Object.keys(fields).length) showErrors(fields);
      setFailure(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    setFailure(undefined);
    try {
      await request(api.api.providers[':id'].retire.$post({ param: { id: params.id! } }));
      navigate(managePath(params.slug));
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 409 ? m().providerHasServices : describeFailure(error));
    } finally {
      setConfirming(false);
    }
  }

  const label = (field: string) => (m().f as unknown as Record<string, string>)[field] ?? field;
  return (
    <article class="catalogue-admin" aria-labelledby="provider-form-title">
      <p class="back-link">
        <A href={managePath(params.slug)}>
          <span aria-hidden="true">←</span> {m().backToManage}
        </A>
      </p>
      <h1 id="provider-form-title">{isNew() ? m().newProvider : (loaded()?.name ?? m().editProvider)}</h1>
      <Show when={loaded.error}>
        <p class="notice notice--error">{describeFailure(loaded.error)}</p>
      </Show>
      <form class="form" onSubmit={(event) => void save(event)} novalidate aria-labelledby="provider-form-title">
        <ErrorSummary errors={summaryOf(errors(), FIELDS, idOf, label)} />
        <For each={FIELDS}>
          {(field) => (
            <Field id={idOf(field)} label={label(field)} error={errors()[field]} optional={field !== 'name'} hint={field === 'ico' ? m().f.icoHint : undefined}>
              <input
                class="field__input"
                {...described(idOf(field), errors()[field], field === 'ico')}
                type={field === 'email' ? 'email' : field === 'web' ? 'url' : field === 'phone' ? 'tel' : 'text'}
                inputMode={field === 'ico' || field === 'postcode' ? 'numeric' : undefined}
                value={values[field]}
                onInput={(event) => setValues(field, event.currentTarget.value)}
              />
            </Field>
          )}
        </For>
        <Notice failure={failure()} success={success()} />
        <div class="form__actions">
          <button class="button" type="submit" disabled={busy()}>
            {busy() ? m().saving : m().save}
          </button>
        </div>
      </form>
      <Show when={!isNew()}>
        <RetireControl name={values.name} confirming={confirming()} onAsk={() => setConfirming(true)} onCancel={() => setConfirming(false)} onConfirm={() => void retire()} />
      </Show>
    </article>
  );
}

/** Retiring asks once more, in words that say what happens. */
export function RetireControl(props: { name: string; confirming: boolean; onAsk: () => void; onCancel: () => void; onConfirm: () => void }) {
  const m = adminMessages;
  return (
    <section class="catalogue-admin__retire" aria-label={m().retire}>
      <Show
        when={props.confirming}
        fallback={
          <button class="button button--secondary" type="button" onClick={() => props.onAsk()}>
            {m().retire}
          </button>
        }
      >
        <div role="alertdialog" aria-labelledby="retire-question" class="notice">
          <p id="retire-question">{m().retireConfirm(props.name)}</p>
          <div class="form__actions">
            <button class="button" type="button" onClick={() => props.onConfirm()}>
              {m().retireYes}
            </button>
            <button class="button button--secondary" type="button" onClick={() => props.onCancel()}>
              {m().cancel}
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}
