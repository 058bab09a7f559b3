import { createRouter, createWebHistory, type Router } from 'vue-router';
import { getToken } from './graphql/session';
import { landingAfterLogin } from './pages/dashboard/landing';

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without a session */
    public?: boolean;
  }
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/login', name: 'login', component: () => import('./pages/login/LoginPage.vue'), meta: { public: true } },
      {
        path: '/invite/:token',
        name: 'invite',
        component: () => import('./pages/invite/InvitePage.vue'),
        meta: { public: true },
      },
      { path: '/', name: 'overview', component: () => import('./pages/overview/ProgramOverview.vue') },
      { path: '/plans/:planId', name: 'plan', component: () => import('./pages/plan/PlanPage.vue') },
      { path: '/drafts/:draftId', name: 'draft', component: () => import('./pages/draft/DraftPage.vue') },
      {
        path: '/drafts/:draftId/compare',
        name: 'compare',
        component: () => import('./pages/compare/ComparePage.vue'),
      },
      { path: '/dashboard', name: 'dashboard', component: () => import('./pages/dashboard/DashboardPage.vue') },
      {
        path: '/dashboard/wall',
        name: 'dashboard-wall',
        component: () => import('./pages/dashboard/WallPage.vue'),
      },
      { path: '/meetings', name: 'meetings', component: () => import('./pages/meetings/MeetingsPage.vue') },
      { path: '/meetings/:id', name: 'meeting', component: () => import('./pages/meetings/MeetingPage.vue') },
      { path: '/reviews', name: 'reviews', component: () => import('./pages/reviews/ReviewsPage.vue') },
      { path: '/reviews/:assignmentId', name: 'review', component: () => import('./pages/reviews/ReviewPage.vue') },
      {
        path: '/drafts/:draftId/reviews',
        name: 'review-board',
        component: () => import('./pages/reviews/ReviewBoardPage.vue'),
      },
      { path: '/settings', name: 'settings', component: () => import('./pages/settings/SettingsPage.vue') },
      {
        path: '/consultations',
        name: 'consultations',
        component: () => import('./pages/consultations/ConsultationsPage.vue'),
      },
      {
        path: '/consultations/:id',
        name: 'consultation',
        component: () => import('./pages/consultations/ConsultationPage.vue'),
      },
      // 指标衔接: the 1+X plans' targets, side by side, checked live.
      { path: '/alignment', name: 'alignment', component: () => import('./pages/alignment/AlignmentPage.vue') },
      // 开门编规划: anyone reads a draft in public consultation and sends an opinion, with no session.
      {
        path: '/public/:slug',
        name: 'public-draft',
        component: () => import('./pages/public/PublicDraftPage.vue'),
        meta: { public: true },
      },
      // What became of a round's opinions, for anyone: no names, no contacts.
      {
        path: '/public/:slug/summary',
        name: 'public-summary',
        component: () => import('./pages/public/PublicSummaryPage.vue'),
        meta: { public: true },
      },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  });
  router.beforeEach(async (to, from) => {
    const signedIn = getToken() !== null;
    if (!to.meta.public && !signedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'login' && signedIn) return { path: '/' };
    // Leaders land on the dashboard after signing in (unless the login was sent somewhere else).
    if (from.name === 'login' && to.name === 'overview') {
      const landing = await landingAfterLogin();
      if (landing) return { path: landing };
    }
    return true;
  });
  return router;
}
