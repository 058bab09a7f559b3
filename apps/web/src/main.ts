import './element-styles';
import './styles.css';
import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient, installApollo } from './graphql/apollo';
import { createRealtime, installRealtime } from './graphql/realtime';
import { endSession, getToken, onSessionEnd } from './graphql/session';
import { createAppI18n, setLocale, storedLocale } from './i18n';
import { createAppRouter } from './router';

const expire = () => endSession('expired');
const apollo = createApolloClient({ getToken, onUnauthenticated: expire });
const realtime = createRealtime({ getToken, onUnauthenticated: expire });
const i18n = createAppI18n();
const router = createAppRouter();

// Whatever ended the session (logout, a refused token on HTTP or on the socket), forget the
// data and the socket of that person and go to the login page.
onSessionEnd((reason) => {
  realtime.reset();
  void apollo.clearStore();
  const here = router.currentRoute.value;
  if (!here.meta.public) {
    void router.replace({
      name: 'login',
      query: reason === 'expired' ? { reason, redirect: here.fullPath } : {},
    });
  }
});

const app = createApp(App);
installApollo(app, apollo);
installRealtime(app, realtime);
app.use(i18n);
app.use(router);
// A language other than the default is fetched before the first render, so nothing shows in the
// wrong one first; if it cannot be fetched, the app starts in Chinese. (Not a top-level await:
// that would turn off the bundler's merging of small shared chunks.)
void setLocale(i18n.global, storedLocale())
  .catch(() => {})
  .then(() => {
    document.documentElement.lang = i18n.global.locale.value;
    app.mount('#app');
  });
