import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';

@InterfaceType('Node')
export abstract class Node {
  @Field(() => ID) id: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}
