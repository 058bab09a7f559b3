import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import { ApolloKey } from '../graphql/apollo';
import { createAppI18n, type Locale } from '../i18n';
import en from '../i18n/en';
import enAdoption from '../i18n/en.adoption';
import enAlignment from '../i18n/en.alignment';
import enConsultation from '../i18n/en.consultation';
import enInvite from '../i18n/en.invite';
import enPages from '../i18n/en.pages';
import enSettings from '../i18n/en.settings';
import enRefusals from '../i18n/refusals.en';
import zhRefusals from '../i18n/refusals.zh-CN';
import zhCN from '../i18n/zh-CN';
import zhAdoption from '../i18n/zh-CN.adoption';
import zhAlignment from '../i18n/zh-CN.alignment';
import zhConsultation from '../i18n/zh-CN.consultation';
import zhInvite from '../i18n/zh-CN.invite';
import zhPages from '../i18n/zh-CN.pages';
import zhSettings from '../i18n/zh-CN.settings';

export interface RecordedOperation {
  operationName: string | undefined;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * An Apollo client whose "server" is a function: each operation is recorded and answered with
 * what `respond` returns, so a test sees exactly what a component sent.
 */
export function recordingApollo(respond: (op: RecordedOperation) => unknown) {
  const operations: RecordedOperation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const op = {
          operationName: operation.operationName,
          query: print(operation.query),
          variables: operation.variables,
        };
        operations.push(op);
        try {
          observer.next({ data: respond(op) } as ApolloLink.Result);
          observer.complete();
        } catch (error) {
          observer.error(error);
        }
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { client, operations };
}

/** Every message of both languages, as the app has them once a page and the refusals are in. */
export const catalogs = {
  en: {
    ...en,
    ...enPages,
    ...enConsultation,
    ...enAlignment,
    ...enAdoption,
    ...enInvite,
    ...enSettings,
    refusals: enRefusals,
  },
  'zh-CN': {
    ...zhCN,
    ...zhPages,
    ...zhConsultation,
    ...zhAlignment,
    ...zhAdoption,
    ...zhInvite,
    ...zhSettings,
    refusals: zhRefusals,
  },
};

/** The plugins and provides every component of the app expects: i18n and an Apollo client. */
export function appGlobals(options: { locale?: Locale; apollo?: ApolloClient } = {}) {
  const apollo =
    options.apollo ??
    recordingApollo((op) => {
      throw new Error(`unexpected operation ${op.operationName}`);
    }).client;
  return {
    plugins: [createAppI18n(options.locale ?? 'zh-CN', catalogs)],
    provide: { [ApolloKey as symbol]: apollo },
  };
}
