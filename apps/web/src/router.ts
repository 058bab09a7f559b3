import { createRouter, createWebHistory, type Router } from 'vue-router';
import { getToken } from './graphql/session';

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
      { path: '/', name: 'overview', component: () => import('./pages/overview/ProgramOverview.vue') },
      { path: '/plans/:planId', name: 'plan', component: () => import('./pages/plan/PlanPage.vue') },
      { path: '/drafts/:draftId', name: 'draft', component: () => import('./pages/draft/DraftPage.vue') },
      {
        path: '/drafts/:draftId/compare',
        name: 'compare',
        component: () => import('./pages/compare/ComparePage.vue'),
      },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  });
  router.beforeEach((to) => {
    const signedIn = getToken() !== null;
    if (!to.meta.public && !signedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'login' && signedIn) return { path: '/' };
    return true;
  });
  return router;
}
