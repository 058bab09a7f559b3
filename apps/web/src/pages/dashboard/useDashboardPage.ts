import { MeDocument, ProgramsDocument } from '@gongbian/graphql-client';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { viewerMay } from '../../auth/role-access';
import {
  countOf,
  type DashboardNames,
  plansByStageModel,
  reviewScoresModel,
  reviewsByStatusModel,
  sumCounts,
  threadsByPlanModel,
  threadsByUnitModel,
  topicsByStatusModel,
  topicsByUnitModel,
  unitLoadModel,
} from '../../components/dashboard/chart-data';
import { useLiveDashboard } from '../../composables/useLiveDashboard';
import { useQuery } from '../../composables/useQuery';

/** The live dashboard of the (first) programme, with every chart's model and the headline figures. */
export function useDashboardPage() {
  const { t } = useI18n();
  // The API allows several programmes; the dashboard, like the overview, shows the first one.
  const programs = useQuery(ProgramsDocument, () => ({}));
  const programId = computed(() => programs.data.value?.programs[0]?.id ?? null);
  const me = useQuery(MeDocument, () => ({}));
  const live = useLiveDashboard(programId);

  const figures = live.figures;
  const names = computed<DashboardNames>(() => ({
    plans: live.context.value?.plans ?? [],
    units: live.context.value?.units ?? [],
  }));

  const models = computed(() => {
    const f = figures.value;
    if (!f) return null;
    const n = names.value;
    return {
      plansByStage: plansByStageModel(f, t),
      topicsByStatus: topicsByStatusModel(f, t),
      topicsByUnit: topicsByUnitModel(f, n, t),
      threadsByPlan: threadsByPlanModel(f, n, t),
      threadsByUnit: threadsByUnitModel(f, n, t),
      reviewsByStatus: reviewsByStatusModel(f, t),
      reviewScores: reviewScoresModel(f, n, t),
      unitLoad: unitLoadModel(f, t),
    };
  });

  /** The headline numbers (big counters on the page and the wall). */
  const kpis = computed(() => {
    const f = figures.value;
    if (!f) return null;
    const threads = sumCounts(f.threadsByStatus);
    const open = countOf(f.threadsByStatus, 'OPEN');
    const withdrawn = countOf(f.threadsByStatus, 'WITHDRAWN');
    const adopted = countOf(f.threadsByStatus, 'ADOPTED') + countOf(f.threadsByStatus, 'PARTLY_ADOPTED');
    const decided = threads - open - withdrawn;
    return {
      threads,
      openThreads: open,
      decidedThreads: decided,
      /** adopted in whole or part, of those decided; null before any decision */
      adoptionRate: decided > 0 ? adopted / decided : null,
      topics: sumCounts(f.topicsByStatus),
      topicsDone: countOf(f.topicsByStatus, 'DONE'),
      overdue: f.overdue.length + f.overdueTopics.length + f.overdueActionItems.length,
      reviews: sumCounts(f.reviewsByStatus),
      reviewsSubmitted: countOf(f.reviewsByStatus, 'SUBMITTED'),
    };
  });

  const canOverride = computed(() => viewerMay(me.data.value?.me, 'overridePhase'));
  const loadError = computed(() => programs.error.value ?? live.error.value);
  const loading = computed(
    () => !figures.value && (programs.loading.value || live.loading.value || !programs.data.value),
  );
  const noProgram = computed(() => programs.data.value !== undefined && programId.value === null);

  function retry() {
    void programs.refetch();
    live.retry();
  }

  return { ...live, programId, models, kpis, canOverride, loadError, loading, noProgram, retry };
}

export type DashboardPageState = ReturnType<typeof useDashboardPage>;
