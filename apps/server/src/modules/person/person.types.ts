import { Field, ObjectType } from 'type-graphql';
import type { ProgramRole } from '../../domain.js';
import { ProgramRoleEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import type { PersonEntity } from './person.entity.js';

@ObjectType('Person', { implements: Node })
export class Person extends Node {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => ProgramRoleEnum) role: ProgramRole;
  unitId: string | null;
  programId: string;

  static from(e: PersonEntity): Person {
    return Object.assign(new Person(), {
      id: e.id,
      name: e.name,
      title: e.title,
      role: e.role,
      unitId: e.unitId,
      programId: e.programId,
    });
  }
}
