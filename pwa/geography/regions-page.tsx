import { A } from '@solidjs/router';
import { For, Match, Switch, createResource, createSignal } from 'solid-js';
import * as v from 'valibot';
import { RegionCreateBody } from '../../schema/api/geography.ts';
import { Field, type FieldErrors, Notice, described, focusFirst, issuesByField, serverFieldErrors } from '../catalogue-admin/form-kit.tsx';
import { compareCzechNames } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { AdminScreen, failureText, geographyPath, regionPath } from './admin-screen.tsx';
import { type Region, createRegion, listRegions } from './geography-api.ts';
import { geographyMessages } from './messages.ts';

/** /sprava/uzemi: the regions, and the first step of a new deployment, adding one. */
export default function RegionsPage() {
  usePageTitle(() => geographyMessages().title);
  return (
    <AdminScreen path={geographyPath}>
      <Regions />
    </AdminScreen>
  );
}

function Regions() {
  const m = geographyMessages;
  const [regions, { refetch, mutate }] = createResource(listRegions);
  const sorted = () => [...(regions.latest ?? [])].sort((a, b) => compareCzechNames(a.name, b.name));
  return (
    <>
      <p>
        <A href="/ucet#admin">{m().back}</A>
      </p>
      <h1>{m().title}</h1>
      <p>{m().intro}</p>
      <section aria-labelledby="regions-title">
        <h2 id="regions-title">{m().regionsHeading}</h2>
        <Switch>
          <Match when={regions.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
          <Match when={regions.loading && !regions.latest}>
            <Loading label={m().loading} />
          </Match>
          <Match when={sorted().length === 0}>
            <p>{m().noRegions}</p>
          </Match>
          <Match when={sorted().length > 0}>
            <ul class="geography__list" role="list">
              <For each={sorted()}>
                {(region) => (
                  <li>
                    <A href={regionPath(region.code)} aria-label={m().manageRegion(region.name)}>
                      {region.name}
                    </A>
                    <span class="geography__meta">{region.code}</span>
                  </li>
                )}
              </For>
            </ul>
          </Match>
        </Switch>
      </section>
      <AddRegion onAdded={(region) => mutate((list) => [...(list ?? []), region])} />
    </>
  );
}

function AddRegion(props: { onAdded: (region: Region) => void }) {
  const m = geographyMessages;
  const [code, setCode] = createSignal('');
  const [name, setName] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal('');
  const [success, setSuccess] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure('');
    setSuccess('');
    const checked = v.safeParse(RegionCreateBody, { code: code(), name: name() });
    if (!checked.success) {
      const found = issuesByField(checked.issues, m().issue);
      setErrors(found);
      focusFirst(['region-code', 'region-name'].filter((id) => found[id.replace('region-', '')]));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { region } = await createRegion(checked.output);
      props.onAdded(region);
      setCode('');
      setName('');
      setSuccess(m().regionAdded(region.name));
    } catch (error) {
      const found = serverFieldErrors(error, m().issue);
      setErrors(found);
      setFailure(Object.keys(found).length ? m().errors.invalid : failureText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-region-title">
      <h2 id="add-region-title">{m().addRegion}</h2>
      <form class="form" onSubmit={(event) => void submit(event)} novalidate>
        <Field id="region-code" label={m().regionCode} hint={m().regionCodeHint} error={errors().code}>
          <input class="field__input" {...described('region-code', errors().code, true)} value={code()} onInput={(e) => setCode(e.currentTarget.value)} autocomplete="off" />
        </Field>
        <Field id="region-name" label={m().regionName} error={errors().name}>
          <input class="field__input" {...described('region-name', errors().name)} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Notice failure={failure()} success={success()} />
        <div class="form__actions">
          <button class="button" type="submit" disabled={busy()}>
            {m().addRegion}
          </button>
        </div>
      </form>
    </section>
  );
}
