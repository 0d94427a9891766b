// The exercise once the reader holds a seat or is Control: status bar, alerts, and the regions.
import { lazy, Suspense, useEffect } from 'react';
import { Alert } from '../../components/Alert';
import { panelId, tabId, Tabs } from '../../components/Tabs';
import { useErrorText, useT, type MessageKey } from '../../i18n';
import { selectIsLive, selectMySeat, selectView, useStore, type ExerciseTab } from '../../store';
import { ChannelsPanel } from '../channels';
import { BroadcastBanner } from '../control/BroadcastBanner';
import { RepairBanner } from './RepairBanner';
import { CouncilChamber } from '../council';
import { Lobby } from '../lobby/Lobby';
import { MapTab } from '../ceasefireMap';
import { DraftingTable } from '../negotiation';
import { SituationPanel } from '../situation/SituationPanel';
import { CommandAlert } from './CommandAlert';
import { HotwashBanner, unansweredQuestions } from './HotwashBanner';
import { StatusBar } from './StatusBar';
import { currentTab, tabsFor } from './tabs';
import { tx } from '../../i18n/scenarioText';

const PREFIX = 'exercise';

// Loaded on first use: players never download Control's console, and nobody the review until asked.
const ControlConsole = lazy(() => import('../control').then((m) => ({ default: m.ControlConsole })));
const ReviewPanel = lazy(() => import('../review').then((m) => ({ default: m.ReviewPanel })));

function Loading() {
  const t = useT();
  return (
    <p className="hint" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}

function Region({ tab }: { readonly tab: ExerciseTab }) {
  switch (tab) {
    case 'council':
      return <CouncilChamber />;
    case 'negotiation':
      return <DraftingTable />;
    case 'situation':
      return <SituationPanel />;
    case 'map':
      return <MapTab />;
    case 'channels':
      return <ChannelsPanel />;
    case 'console':
      return <ControlConsole />;
    case 'seats':
      return <Lobby embedded />;
    case 'review':
      return <ReviewPanel />;
  }
}

export function ExerciseScreen() {
  const t = useT();
  const errorText = useErrorText();
  const view = useStore(selectView);
  const seat = useStore(selectMySeat);
  const live = useStore(selectIsLive);
  const notice = useStore((s) => s.notice);
  const chosen = useStore((s) => s.exerciseTab);
  const choose = useStore((s) => s.setExerciseTab);
  const title = view?.title;

  useEffect(() => {
    if (title) document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  if (!view) return null;
  const tab = currentTab(view, chosen);
  const unread = view.channels.unread;
  const questions = unansweredQuestions(view).length;
  const badge = (id: ExerciseTab) =>
    id === 'channels' && unread > 0
      ? t('tab.unread', { count: unread })
      : id === 'review' && questions > 0
        ? t('tab.questions', { count: questions })
        : undefined;
  const tabs = tabsFor(view).map((id) => ({ id, label: t(`tab.${id}` as MessageKey), badge: badge(id) }));
  return (
    <div className="exercise" data-testid="exercise-screen">
      <div className="exercise__heading">
        <h1 id="exercise-title" data-testid="exercise-title">
          {view.title}
        </h1>
        <p className="exercise__who">
          {view.you.isControl ? (
            <span className="badge badge--control" data-testid="you-are-control">
              {t('lobby.youAreControl')}
            </span>
          ) : seat ? (
            <span className="badge badge--seat" data-testid="you-hold">
              {t('yourSeat.holding', { seat: tx(seat.label) })}
            </span>
          ) : null}
          <span className="exercise__scenario">
            {t('lobby.scenario', { title: tx(view.scenario.title) })}
          </span>
        </p>
      </div>
      <StatusBar view={view} />
      <RepairBanner view={view} />
      {!live && (
        <p className="banner banner--warning" data-testid="stale-banner">
          <span aria-hidden="true">⚠ </span>
          {t('exercise.stale')}
        </p>
      )}
      {notice && <Alert testId="notice">{errorText(notice)}</Alert>}
      <CommandAlert />
      <BroadcastBanner />
      <HotwashBanner view={view} onReview={tab === 'review'} />
      <Tabs label={t('tab.label')} tabs={tabs} current={tab} onSelect={choose} idPrefix={PREFIX} />
      <div
        className="exercise__panel"
        role="tabpanel"
        id={panelId(PREFIX, tab)}
        aria-labelledby={tabId(PREFIX, tab)}
        data-testid={`panel-${tab}`}
      >
        <Suspense fallback={<Loading />}>
          <Region tab={tab} />
        </Suspense>
      </div>
    </div>
  );
}
