import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { ref, shallowRef } from 'vue';
import { useApollo } from '../graphql/apollo';

/** Runs a mutation; `error` holds the last failure for the caller to show by its code. */
export function useMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
) {
  const client = useApollo();
  const loading = ref(false);
  const error = shallowRef<unknown>(null);

  async function mutate(variables: TVariables): Promise<TData> {
    loading.value = true;
    error.value = null;
    try {
      const result = await client.mutate<TData, TVariables>({ mutation, variables });
      if (!result.data) throw result.error ?? new Error('Mutation returned no data');
      return result.data as TData;
    } catch (e) {
      error.value = e;
      throw e;
    } finally {
      loading.value = false;
    }
  }

  return { mutate, loading, error };
}
