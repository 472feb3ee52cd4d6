import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IMPORT_ALUMNI, ImportAlumniRequest, type ImportAlumniReport } from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { AlumniImportService } from './alumni-import.service.js';

@Controller()
export class AlumniImportHandler {
  constructor(private readonly imports: AlumniImportService) {}

  /** Staff and admins only (checked by the service). */
  @MessagePattern(IMPORT_ALUMNI)
  importAlumni(
    @Actor() actor: ActorRef,
    @Payload() request: ImportAlumniRequest,
  ): Promise<ImportAlumniReport> {
    return this.imports.run(actor, request);
  }
}
