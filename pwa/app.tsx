import { Route, Router } from '@solidjs/router';
import { type Component, lazy } from 'solid-js';
import { Layout } from './ui/layout.tsx';

/**
 * A screen loaded only when its route is opened. Every screen is its own chunk, so a citizen who opens the
 * catalogue downloads the shell and the catalogue, never the meetings, the account or the plan (issue 15).
 */
function screen<K extends string>(load: () => Promise<Record<K, Component>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const HomePage = screen(() => import('./home/home-page.tsx'), 'HomePage');
const TerritoryPage = screen(() => import('./territory/territory-page.tsx'), 'TerritoryPage');
const RegionPage = screen(() => import('./region/region-page.tsx'), 'RegionPage');
const NotFoundPage = screen(() => import('./not-found/not-found-page.tsx'), 'NotFoundPage');
const ProjectPage = screen(() => import('./projects/project-page.tsx'), 'ProjectPage');
const DocumentPage = screen(() => import('./documents/document-page.tsx'), 'DocumentPage');
const GroupPage = screen(() => import('./groups/group-page.tsx'), 'GroupPage');
const TerritoryGroupsPage = screen(() => import('./groups/territory-groups-page.tsx'), 'TerritoryGroupsPage');
// Meetings, minutes, sign-in, invitation and account: for the people who plan, not for a citizen looking for help.
const MeetingPage = screen(() => import('./meetings/meeting-page.tsx'), 'MeetingPage');
const NewMeetingPage = screen(() => import('./meetings/new-meeting-page.tsx'), 'NewMeetingPage');
const ChangesPage = screen(() => import('./meetings/changes-page.tsx'), 'ChangesPage');
const MinutesPage = screen(() => import('./minutes/minutes-page.tsx'), 'MinutesPage');
const SignInPage = screen(() => import('./sign-in/sign-in-page.tsx'), 'SignInPage');
const InvitationPage = screen(() => import('./invitation/invitation-page.tsx'), 'InvitationPage');
const AccountPage = screen(() => import('./account/account-page.tsx'), 'AccountPage');
// The plan's screens: most visitors read the catalogue and meetings, not the plan.
const PlanPage = screen(() => import('./plan/plan-page.tsx'), 'PlanPage');
const PlanReportPage = screen(() => import('./plan/report-page.tsx'), 'ReportPage');
const PlanMonitoringPage = screen(() => import('./plan/monitoring-page.tsx'), 'MonitoringPage');
const PlanDiffPage = screen(() => import('./plan/diff-page.tsx'), 'DiffPage');
const GapsPage = screen(() => import('./plan/gaps-page.tsx'), 'GapsPage');
const RegionPlansPage = screen(() => import('./region/region-plans-page.tsx'), 'RegionPlansPage');
// The catalogue: the screen most citizens come for.
const CataloguePage = lazy(() => import('./catalogue/catalogue-page.tsx'));
const CataloguePrintPage = lazy(() => import('./catalogue/print-page.tsx'));
const ServicePage = lazy(() => import('./catalogue/service-page.tsx'));
const ProviderPage = lazy(() => import('./catalogue/provider-page.tsx'));
// Managing the catalogue is for a handful of coordinators: its forms stay out of everyone else's download.
const CatalogueManagePage = lazy(() => import('./catalogue-admin/manage-page.tsx'));
const ServiceFormPage = lazy(() => import('./catalogue-admin/service-form-page.tsx'));
const ProviderFormPage = lazy(() => import('./catalogue-admin/provider-form-page.tsx'));
// Hearings: most visitors never open one, and the hall's tablet loads only what it shows.
const HearingModePage = screen(() => import('./hearing/hearing-mode.tsx'), 'HearingModePage');
const HearingSettlementPage = screen(() => import('./hearing/settlement-page.tsx'), 'SettlementPage');
const HearingReportPage = screen(() => import('./hearing/report-page.tsx'), 'ReportPage');
const PublicHearingPage = screen(() => import('./hearing-public/public-page.tsx'), 'PublicHearingPage');
const PlanSettlementPage = screen(() => import('./hearing-public/plan-settlement-page.tsx'), 'PlanSettlementPage');
// The registry import and its code mappings: coordinators and admins only, a few times a year.
const RegistryImportPage = lazy(() => import('./registry-import/import-page.tsx'));
const RegistryCodesPage = lazy(() => import('./registry-codes/codes-page.tsx'));
// Setting up regions, territories and municipalities: the admin's, once per deployment and when municipalities merge.
const RegionsAdminPage = lazy(() => import('./geography/regions-page.tsx'));
const RegionAdminPage = lazy(() => import('./geography/region-page.tsx'));
const TerritoryAdminPage = lazy(() => import('./geography/territory-page.tsx'));

/** Paths are Czech, as people share them: /uzemi/tabor. */
export function App() {
  return (
    <Router>
      {/* hearing mode fills the tablet's screen: no site header, no footer */}
      <Route path="/jednani/:id/projednani" component={HearingModePage} />
      <Route component={Layout}>
        <Route path="/" component={HomePage} />
        <Route path="/uzemi/:slug" component={TerritoryPage} />
        <Route path="/kraj/:code" component={RegionPage} />
        <Route path="/kraj/:code/plany" component={RegionPlansPage} />
        <Route path="/plany/:id" component={PlanPage} />
        <Route path="/plany/:id/vyhodnoceni/:year" component={PlanReportPage} />
        <Route path="/plany/:id/monitoring" component={PlanMonitoringPage} />
        <Route path="/plany/:id/zmeny" component={PlanDiffPage} />
        <Route path="/uzemi/:slug/pokryti" component={GapsPage} />
        <Route path="/projekty/:id" component={ProjectPage} />
        <Route path="/dokumenty/:id" component={DocumentPage} />
        <Route path="/uzemi/:slug/skupiny" component={TerritoryGroupsPage} />
        <Route path="/uzemi/:slug/katalog" component={CataloguePage} />
        <Route path="/uzemi/:slug/katalog/tisk" component={CataloguePrintPage} />
        <Route path="/uzemi/:slug/registr" component={RegistryImportPage} />
        <Route path="/sprava/kody-registru" component={RegistryCodesPage} />
        <Route path="/sprava/uzemi" component={RegionsAdminPage} />
        <Route path="/sprava/uzemi/:code" component={RegionAdminPage} />
        <Route path="/sprava/uzemi/:code/:slug" component={TerritoryAdminPage} />
        <Route path="/uzemi/:slug/katalog/sprava" component={CatalogueManagePage} />
        <Route path="/uzemi/:slug/katalog/sprava/sluzba/:id" component={ServiceFormPage} />
        <Route path="/uzemi/:slug/katalog/sprava/poskytovatel/:id" component={ProviderFormPage} />
        <Route path="/sluzby/:id" component={ServicePage} />
        <Route path="/poskytovatele/:id" component={ProviderPage} />
        <Route path="/skupiny/:id" component={GroupPage} />
        <Route path="/jednani/novy" component={NewMeetingPage} />
        <Route path="/jednani/:id" component={MeetingPage} />
        <Route path="/jednani/:id/vyporadani" component={HearingSettlementPage} />
        <Route path="/jednani/:id/zprava" component={HearingReportPage} />
        <Route path="/h/:code" component={PublicHearingPage} />
        <Route path="/plany/:id/vyporadani" component={PlanSettlementPage} />
        <Route path="/zapis/:id" component={MinutesPage} />
        <Route path="/zmeny" component={ChangesPage} />
        <Route path="/prihlaseni" component={SignInPage} />
        <Route path="/pozvanka/:token" component={InvitationPage} />
        <Route path="/ucet" component={AccountPage} />
        <Route path="*404" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
