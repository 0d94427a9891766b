// The page frame (skip link, header, main, live region) and the screen for the current address.
import { useEffect } from 'react';
import { Header } from './components/Header';
import { LiveRegion } from './components/LiveRegion';
import { Link } from './components/Link';
import { HomePage } from './features/home/HomePage';
import { LobbyPage } from './features/lobby/LobbyPage';
import { useT } from './i18n';
import { selectLocale, selectRoute, useStore } from './store';

function Screen() {
  const t = useT();
  const route = useStore(selectRoute);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'exercise':
      return <LobbyPage key={route.code} code={route.code} />;
    case 'notFound':
      return (
        <section className="card">
          <h1>{t('notFound.title', { path: route.path })}</h1>
          <p>
            <Link to="/">{t('lobby.backHome')}</Link>
          </p>
        </section>
      );
  }
}

export function App() {
  const t = useT();
  const locale = useStore(selectLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Screen />
      </main>
      <LiveRegion />
    </>
  );
}
