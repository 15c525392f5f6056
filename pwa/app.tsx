import { Route, Router } from '@solidjs/router';
import { HomePage } from './home/home-page.tsx';
import { NotFoundPage } from './not-found/not-found-page.tsx';
import { TerritoryPage } from './territory/territory-page.tsx';
import { Layout } from './ui/layout.tsx';

/** Paths are Czech, as people share them: /uzemi/tabor. */
export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={HomePage} />
      <Route path="/uzemi/:slug" component={TerritoryPage} />
      <Route path="*404" component={NotFoundPage} />
    </Router>
  );
}
