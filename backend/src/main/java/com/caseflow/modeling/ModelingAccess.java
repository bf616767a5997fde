package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;

/** Everyone logged in may read models; only modelers and admins change what runs. */
final class ModelingAccess {

  private ModelingAccess() {}

  static boolean mayChange(CurrentUser user) {
    return user != null && (user.inGroup(Groups.MODELERS) || user.isAdmin());
  }

  static void requireModeler(CurrentUser user) {
    if (!mayChange(user)) {
      throw ApiException.forbidden();
    }
  }
}
