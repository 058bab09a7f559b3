import type { ObservableQuery, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { onScopeDispose, type Ref, ref, shallowRef, watch } from 'vue';
import { useApollo } from '../graphql/apollo';

export interface UseQueryResult<TData> {
  data: Ref<TData | undefined>;
  error: Ref<unknown>;
  loading: Ref<boolean>;
  /** Asks the server again (network-only); resolves when the new data is in. */
  refetch(): Promise<void>;
}

/**
 * Watches a query in Apollo's cache. `variables` is a getter so the query follows reactive
 * inputs; returning null skips it (e.g. until the programme id is known).
 */
export function useQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: () => TVariables | null,
): UseQueryResult<TData> {
  const client = useApollo();
  const data = shallowRef<TData>();
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  let observable: ObservableQuery<TData, TVariables> | null = null;
  let subscription: { unsubscribe(): void } | null = null;

  function stop() {
    subscription?.unsubscribe();
    subscription = null;
    observable = null;
  }

  watch(
    variables,
    (vars) => {
      stop();
      if (vars === null) {
        loading.value = false;
        return;
      }
      loading.value = true;
      const watched = client.watchQuery<TData, TVariables>({
        query,
        variables: vars,
        fetchPolicy: 'cache-and-network',
      });
      observable = watched;
      subscription = watched.subscribe((result) => {
        if (result.dataState === 'complete') data.value = result.data as TData;
        error.value = result.error ?? null;
        loading.value = result.loading;
      });
    },
    { immediate: true, deep: true },
  );

  onScopeDispose(stop);

  return {
    data,
    error,
    loading,
    async refetch() {
      if (!observable) return;
      await observable.refetch();
    },
  };
}
