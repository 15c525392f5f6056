import { A } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { managePath } from '../catalogue-admin/can-manage.ts';
import { adminMessages } from '../catalogue-admin/messages.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, UPLOAD_ACCEPT, UPLOAD_EXTENSIONS } from '../documents/format.ts';
import { documentMessages } from '../documents/messages.ts';
import type { DocumentSummary } from '../documents/types.ts';
import { ApiError, api, apiErrorFrom, reach, request } from '../lib/api.ts';
import { currentUser } from '../lib/session.ts';
import { coordinatorMessages } from './coordinator-messages.ts';
import '../sign-in/form.css';

type DocumentKind = DocumentSummary['kind'];
type ProjectOption = { id: string; name: string };

const UPLOAD_KINDS: DocumentKind[] = [
  'statute',
  'rules_of_procedure',
  'communication_strategy',
  'plan',
  'evaluation',
  'analysis',
  'catalogue',
  'invitation',
  'minutes',
  'press_release',
  'other',
];

const allowedTypes = () => Object.values(UPLOAD_EXTENSIONS).join(', ');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Prague' });

/** The API's refusal in words a coordinator can act on; field issues are listed by the form's own labels. */
function describeError(error: unknown): { message: string; details: string[] } {
  const m = coordinatorMessages();
  if (!(error instanceof ApiError)) return { message: m.errors.server, details: [] };
  if (error.isNetworkError) return { message: m.errors.offline, details: [] };
  if (error.status === 413) return { message: m.errors.tooLarge(MAX_UPLOAD_MB), details: [] };
  if (error.status === 415) return { message: m.errors.wrongType(allowedTypes()), details: [] };
  if (error.status === 401) return { message: m.errors.signedOut, details: [] };
  if (error.status === 403) return { message: m.errors.forbidden, details: [] };
  if (error.status === 400 && error.issues.some((issue) => issue.field === 'form.file' && issue.message === 'is empty')) {
    return { message: m.errors.emptyFile, details: [] };
  }
  if (error.status >= 400 && error.status < 500) {
    const details = error.issues.map((issue) => `${m.fieldNames[issue.field.replace(/^\w+\./, '')] ?? issue.field}: ${issue.message}`);
    return { message: m.errors.invalid, details: details.length > 0 ? details : [error.message] };
  }
  return { message: m.errors.server, details: [] };
}

function FormAlert(props: { error: { message: string; details: string[] } | undefined; success: string | undefined }) {
  return (
    <div class="form__feedback">
      <div role="alert">
        <Show when={props.error}>
          {(error) => (
            <div class="notice notice--error">
              <p>{error().message}</p>
              <Show when={error().details.length > 0}>
                <ul>
                  <For each={error().details}>{(detail) => <li>{detail}</li>}</For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
      </div>
      <div role="status">
        <Show when={props.success}>{(text) => <p class="notice notice--success">{text()}</p>}</Show>
      </div>
    </div>
  );
}

/** A check of the form that failed before anything was sent. */
class FormProblem extends Error {}

/**
 * The submit cycle both forms share: the form's data goes to `send`, which checks it (throwing a FormProblem) and
 * sends it; on success the form is cleared and `send`'s words are shown, otherwise why it did not go through.
 */
function createSubmission(form: () => HTMLFormElement, send: (data: FormData) => Promise<string>) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<{ message: string; details: string[] }>();
  const [success, setSuccess] = createSignal<string>();
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setError(undefined);
    setSuccess(undefined);
    setBusy(true);
    try {
      const done = await send(new FormData(form()));
      form().reset();
      setSuccess(done);
    } catch (failure) {
      setError(failure instanceof FormProblem ? { message: failure.message, details: [] } : describeError(failure));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, success, submit };
}

/** Shown only to the territory's coordinators (and admins); the API checks the role again on every write. */
export function CoordinatorTools(props: { territoryId: string; slug: string; projects: ProjectOption[]; onChanged: () => void }) {
  const isCoordinator = () => {
    const user = currentUser();
    return Boolean(user && (user.isAdmin || user.roles.some((grant) => grant.territoryId === props.territoryId && grant.role === 'coordinator')));
  };
  return (
    <Show when={isCoordinator()}>
      <section class="overview-section coordinator-tools" aria-labelledby="coordinator-title">
        <h2 id="coordinator-title">{coordinatorMessages().heading}</h2>
        <ul>
          <li>
            <A href={managePath(props.slug)}>{adminMessages().manageLink}</A>
          </li>
          <li>
            <A href={`/uzemi/${props.slug}/registr`}>{coordinatorMessages().registryImport}</A>
          </li>
        </ul>
        <UploadForm slug={props.slug} projects={props.projects} onUploaded={props.onChanged} />
        <PressReleaseForm slug={props.slug} onPublished={props.onChanged} />
      </section>
    </Show>
  );
}

function UploadForm(props: { slug: string; projects: ProjectOption[]; onUploaded: () => void }) {
  const m = coordinatorMessages;
  let form!: HTMLFormElement;
  const { busy, error, success, submit } = createSubmission(() => form, async (data) => {
    const file = data.get('file');
    const title = String(data.get('title') ?? '').trim();
    if (!(file instanceof File) || file.name === '') throw new FormProblem(m().errors.noFile);
    if (file.size > MAX_UPLOAD_BYTES) throw new FormProblem(m().errors.tooLarge(MAX_UPLOAD_MB));
    if (!title) throw new FormProblem(m().errors.noTitle);
    data.set('isPublic', data.get('isPublic') === 'on' ? 'true' : 'false');
    const response = await reach(() =>
      fetch(`/api/territories/${encodeURIComponent(props.slug)}/documents`, { method: 'POST', body: data, credentials: 'same-origin' }),
    );
    if (!response.ok) throw await apiErrorFrom(response);
    props.onUploaded();
    return m().uploaded(title);
  });

  return (
    <form class="form coordinator-form" ref={form} onSubmit={(event) => void submit(event)} aria-labelledby="upload-title" novalidate>
      <h3 id="upload-title">{m().uploadHeading}</h3>
      <div class="field">
        <label class="field__label" for="upload-file">
          {m().file}
        </label>
        <p class="field__hint" id="upload-file-hint">
          {m().fileHint(allowedTypes(), MAX_UPLOAD_MB)}
        </p>
        <input class="field__input" id="upload-file" name="file" type="file" accept={UPLOAD_ACCEPT} aria-describedby="upload-file-hint" required />
      </div>
      <div class="field">
        <label class="field__label" for="upload-title-input">
          {m().title}
        </label>
        <input class="field__input" id="upload-title-input" name="title" type="text" maxLength={300} required />
      </div>
      <div class="field">
        <label class="field__label" for="upload-kind">
          {m().kind}
        </label>
        <select class="field__select field__input" id="upload-kind" name="kind">
          <For each={UPLOAD_KINDS}>{(kind) => <option value={kind}>{documentMessages().kind[kind]}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="upload-date">
          {m().date} <span class="muted">{m().optional}</span>
        </label>
        <input class="field__input" id="upload-date" name="issuedOn" type="date" />
      </div>
      <Show when={props.projects.length > 0}>
        <div class="field">
          <label class="field__label" for="upload-project">
            {m().project} <span class="muted">{m().optional}</span>
          </label>
          <select class="field__select field__input" id="upload-project" name="projectId">
            <option value="">{m().noProject}</option>
            <For each={props.projects}>{(project) => <option value={project.id}>{project.name}</option>}</For>
          </select>
        </div>
      </Show>
      <div class="field field--checkbox">
        <label class="checkbox">
          <input type="checkbox" name="isPublic" checked aria-describedby="upload-public-hint" />
          <span>{m().isPublic}</span>
        </label>
        <p class="field__hint" id="upload-public-hint">
          {m().isPublicHint}
        </p>
      </div>
      <FormAlert error={error()} success={success()} />
      <div class="form__actions">
        <button class="button" type="submit" disabled={busy()}>
          {busy() ? m().uploading : m().upload}
        </button>
      </div>
    </form>
  );
}

function PressReleaseForm(props: { slug: string; onPublished: () => void }) {
  const m = coordinatorMessages;
  let form!: HTMLFormElement;
  const { busy, error, success, submit } = createSubmission(() => form, async (data) => {
    const title = String(data.get('title') ?? '').trim();
    const bodyMarkdown = String(data.get('bodyMarkdown') ?? '').trim();
    const issuedOn = String(data.get('issuedOn') ?? '');
    if (!title) throw new FormProblem(m().errors.noTitle);
    if (!issuedOn) throw new FormProblem(m().errors.noDate);
    if (!bodyMarkdown) throw new FormProblem(m().errors.noBody);
    await request(
      api.api.territories[':territory']['press-releases'].$post({
        param: { territory: props.slug },
        json: { title, issuedOn, bodyMarkdown, isPublic: data.get('isPublic') === 'on' },
      }),
    );
    props.onPublished();
    return m().published(title);
  });

  return (
    <form class="form coordinator-form" ref={form} onSubmit={(event) => void submit(event)} aria-labelledby="press-form-title" novalidate>
      <h3 id="press-form-title">{m().pressHeading}</h3>
      <div class="field">
        <label class="field__label" for="press-release-title">
          {m().title}
        </label>
        <input class="field__input" id="press-release-title" name="title" type="text" maxLength={300} required />
      </div>
      <div class="field">
        <label class="field__label" for="press-release-date">
          {m().date}
        </label>
        <input class="field__input" id="press-release-date" name="issuedOn" type="date" value={today()} required />
      </div>
      <div class="field">
        <label class="field__label" for="press-release-body">
          {m().pressBody}
        </label>
        <p class="field__hint" id="press-release-body-hint">
          {m().pressBodyHint}
        </p>
        <textarea class="field__input field__textarea" id="press-release-body" name="bodyMarkdown" rows={8} aria-describedby="press-release-body-hint" required />
      </div>
      <div class="field field--checkbox">
        <label class="checkbox">
          <input type="checkbox" name="isPublic" checked />
          <span>{m().isPublic}</span>
        </label>
      </div>
      <FormAlert error={error()} success={success()} />
      <div class="form__actions">
        <button class="button" type="submit" disabled={busy()}>
          {busy() ? m().publishing : m().publish}
        </button>
      </div>
    </form>
  );
}
