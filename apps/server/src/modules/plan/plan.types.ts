import { Field, ObjectType } from 'type-graphql';
import type { DraftStage, PlanKind } from '../../domain.js';
import { DraftStageEnum, PlanKindEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import type { PlanEntity } from './plan.entity.js';

@ObjectType('Plan', { implements: Node })
export class Plan extends Node {
  @Field(() => String) title: string;
  @Field(() => PlanKindEnum) kind: PlanKind;
  @Field(() => String, { nullable: true }) issuance: string | null;
  @Field(() => DraftStageEnum) stage: DraftStage;
  programId: string;
  leadUnitId: string;

  static from(e: PlanEntity): Plan {
    return Object.assign(new Plan(), {
      id: e.id,
      title: e.title,
      kind: e.kind,
      issuance: e.issuance,
      stage: e.stage,
      programId: e.programId,
      leadUnitId: e.leadUnitId,
    });
  }
}
