import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { AccountPage } from './account/account-page.tsx';
import { DocumentPage } from './documents/document-page.tsx';
import { GroupPage } from './groups/group-page.tsx';
import { TerritoryGroupsPage } from './groups/territory-groups-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { InvitationPage } from './invitation/invitation-page.tsx';
import { ChangesPage } from './meetings/changes-page.tsx';
import { MeetingPage } from './meetings/meeting-page.tsx';
import { NewMeetingPage } from './meetings/new-meeting-page.tsx';
import { MinutesPage } from './minutes/minutes-page.tsx';
import { NotFoundPage } from './not-found/not-found-page.tsx';
import { ProjectPage } from './projects/project-page.tsx';
import { RegionPage } from './region/region-page.tsx';
import { SignInPage } from './sign-in/sign-in-page.tsx';
import { TerritoryPage } from './territory/territory-page.tsx';
import { Layout } from './ui/layout.tsx';

// The plan's screens are their own chunks: most visitors read the catalogue and meetings, not the plan.
const PlanPage = lazy(() => import('./plan/plan-page.tsx').then((module) => ({ default: module.PlanPage })));
const PlanReportPage = lazy(() => import('./plan/report-page.tsx').then((module) => ({ default: module.ReportPage })));
const PlanMonitoringPage = lazy(() => import('./plan/monitoring-page.tsx').then((module) => ({ default: module.MonitoringPage })));
const PlanDiffPage = lazy(() => import('./plan/diff-page.tsx').then((module) => ({ default: module.DiffPage })));
const GapsPage = lazy(() => import('./plan/gaps-page.tsx').then((module) => ({ default: module.GapsPage })));
const RegionPlansPage = lazy(() => import('./region/region-plans-page.tsx').then((module) => ({ default: module.RegionPlansPage })));
// The catalogue is its own chunk (MiniSearch's radix tree and the screens): the shell stays small for everyone else.
const CataloguePage = lazy(() => import('./catalogue/catalogue-page.tsx'));
const CataloguePrintPage = lazy(() => import('./catalogue/print-page.tsx'));
const ServicePage = lazy(() => import('./catalogue/service-page.tsx'));
const ProviderPage = lazy(() => import('./catalogue/provider-page.tsx'));
// Managing the catalogue is for a handful of coordinators: its forms stay out of everyone else's download.
const CatalogueManagePage = lazy(() => import('./catalogue-admin/manage-page.tsx'));
const ServiceFormPage = lazy(() => import('./catalogue-admin/service-form-page.tsx'));
const ProviderFormPage = lazy(() => import('./catalogue-admin/provider-form-page.tsx'));
// Hearings are their own chunks: most visitors never open one, and the hall's tablet loads only what it shows.
const HearingModePage = lazy(() => import('./hearing/hearing-mode.tsx').then((m) => ({ default: m.HearingModePage })));
const HearingSettlementPage = lazy(() => import('./hearing/settlement-page.tsx').then((m) => ({ default: m.SettlementPage })));
const HearingReportPage = lazy(() => import('./hearing/report-page.tsx').then((m) => ({ default: m.ReportPage })));
const PublicHearingPage = lazy(() => import('./hearing-public/public-page.tsx').then((m) => ({ default: m.PublicHearingPage })));
const PlanSettlementPage = lazy(() => import('./hearing-public/plan-settlement-page.tsx').then((m) => ({ default: m.PlanSettlementPage })));
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
