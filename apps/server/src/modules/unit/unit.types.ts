import { Field, ObjectType } from 'type-graphql';
import type { UnitKind } from '../../domain.js';
import { UnitKindEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import type { UnitEntity } from './unit.entity.js';

@ObjectType('Unit', { implements: Node })
export class Unit extends Node {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) shortName: string | null;
  @Field(() => UnitKindEnum) kind: UnitKind;

  static from(e: Pick<UnitEntity, 'id' | 'name' | 'shortName' | 'kind'>): Unit {
    return Object.assign(new Unit(), { id: e.id, name: e.name, shortName: e.shortName, kind: e.kind });
  }
}
