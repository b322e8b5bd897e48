import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { OperatorKeyGuard } from '../auth/operator-key.guard';
import { IssueLinkCode } from './issue-link-code';

@Controller('v1/responders')
@UseGuards(OperatorKeyGuard)
export class LinkCodesController {
  constructor(private readonly issueLinkCode: IssueLinkCode) {}

  /** `{code, expiresAt}`: the responder sends "LINK <code>" to the LINE account or SMS number. */
  @Post(':id/link-codes')
  @HttpCode(201)
  issue(@Param('id') responderId: string) {
    return this.issueLinkCode.execute(responderId);
  }
}
