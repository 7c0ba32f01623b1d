// outcome: detected
// shape: Play result discarding a cookie by name
package corpus;

import play.mvc.Result;

class PlayDiscard {
  Result logout(Result result) {
    return result.discardingCookie("PLAY_FLASH_X"); // BUG: undeclared PLAY_FLASH_X
  }
}
