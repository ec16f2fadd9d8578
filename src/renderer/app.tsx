import AppLayout from '@cloudscape-design/components/app-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { IdentityPoolsPage } from './features/identity-pools/identity-pools-page';
import { JobsPage } from './features/jobs/jobs-page';
import { MfaPrompt } from './features/profiles/mfa-prompt';
import { PreflightPage } from './features/preflight/preflight-page';
import { SesAccountPage } from './features/ses/ses-account-page';
import { SesConfigSetsPage } from './features/ses/ses-config-sets-page';
import { SesIdentitiesPage } from './features/ses/ses-identities-page';
import { SettingsPage } from './features/settings/settings-page';
import { TemplatesPage } from './features/templates/templates-page';
import { NotFound } from './features/shell/not-found';
import { Breadcrumbs } from './features/shell/breadcrumbs';
import { ConnectionBanner } from './features/shell/connection-banner';
import { Navigation } from './features/shell/navigation';
import { TopBar } from './features/shell/top-bar';
import { PoolDetailPage } from './features/user-pools/pool-detail-page';
import { isPoolTab } from './features/user-pools/pool-tabs';
import { UserPoolsPage } from './features/user-pools/user-pools-page';
import { DetailSplitPanel } from './features/users/detail-split-panel';
import { UsersPoolPicker } from './features/users/users-pool-picker';
import { useTheme } from './lib/theme';
import type { Route } from './lib/use-hash-route';
import { useHashRoute } from './lib/use-hash-route';
import { useSession } from './stores/session';
import { useUi } from './stores/ui';
import { usePanel } from './stores/users-panel';

function Content({ route, theme }: { route: Route; theme: 'light' | 'dark' }) {
  const [poolId, tab] = route.rest;
  if (route.area === 'pools' && poolId) {
    return <PoolDetailPage userPoolId={poolId} tab={isPoolTab(tab) ? tab : 'overview'} theme={theme} />;
  }
  if (route.area === 'pools') return <UserPoolsPage theme={theme} />;
  if (route.area === 'users') return <UsersPoolPicker />;
  if (route.area === 'jobs') return <JobsPage theme={theme} />;
  if (route.area === 'identity-pools') return <IdentityPoolsPage />;
  if (route.area === 'dashboard') return <DashboardPage />;
  if (route.area === 'ses' && poolId === 'identities') return <SesIdentitiesPage />;
  if (route.area === 'ses' && poolId === 'config-sets') return <SesConfigSetsPage />;
  if (route.area === 'ses' && poolId === 'preflight') return <PreflightPage />;
  if (route.area === 'ses') return <SesAccountPage />;
  if (route.area === 'settings') return <SettingsPage />;
  if (route.area === 'templates') return <TemplatesPage poolId={poolId} kind={tab} theme={theme} />;
  return <NotFound />;
}

export function App() {
  const route = useHashRoute();
  const init = useSession((s) => s.init);
  const themeChoice = useSession((s) => s.settings?.theme);
  const theme = useTheme(themeChoice);
  const { toasts, dismiss } = useUi();
  const [navOpen, setNavOpen] = useState(true);
  const panelOpen = usePanel((s) => s.target !== undefined);
  const closePanel = usePanel((s) => s.close);
  // A bottom panel of ~40% leaves the grid's rows in view above the detail (Cloudscape's default takes half).
  const [panelSize, setPanelSize] = useState(() => Math.round(window.innerHeight * 0.4));

  useEffect(() => {
    void init();
  }, [init]);

  const activeHref = route.area === 'ses' ? `#/ses/${route.rest[0] ?? 'account'}` : `#/${route.area}`;
  return (
    <>
      <TopBar />
      <AppLayout
        headerSelector="#top-bar"
        navigation={<Navigation activeHref={activeHref} />}
        navigationOpen={navOpen}
        onNavigationChange={(e) => setNavOpen(e.detail.open)}
        toolsHide
        splitPanel={panelOpen ? <DetailSplitPanel /> : undefined}
        splitPanelOpen={panelOpen}
        splitPanelSize={panelSize}
        onSplitPanelResize={(e) => setPanelSize(e.detail.size)}
        onSplitPanelToggle={(e) => {
          if (!e.detail.open) closePanel();
        }}
        breadcrumbs={<Breadcrumbs route={route} />}
        notifications={
          <Flashbar
            items={toasts.map((t) => ({
              id: t.id,
              type: t.type,
              header: t.header,
              content: t.content,
              dismissible: true,
              dismissLabel: 'Dismiss',
              onDismiss: () => dismiss(t.id),
            }))}
          />
        }
        content={
          <SpaceBetween size="m">
            <ConnectionBanner />
            <Content route={route} theme={theme} />
          </SpaceBetween>
        }
        ariaLabels={{
          navigation: 'Navigation',
          navigationClose: 'Close navigation',
          navigationToggle: 'Open navigation',
        }}
      />
      <MfaPrompt />
    </>
  );
}
