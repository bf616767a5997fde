package com.caseflow.notification;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface NotificationMapper {

  /** Insert holder (MyBatis fills id). */
  final class NewNotification {
    public Long id;
    public Notification n;

    NewNotification(Notification n) {
      this.n = n;
    }
  }

  @Insert("""
      INSERT INTO cf_notification (user_id, group_id, agency_code, notification_type, title, body, link, business_key, created_at)
      VALUES (#{n.userId}, #{n.groupId}, #{n.agencyCode}, #{n.type}, #{n.title}, #{n.body}, #{n.link}, #{n.businessKey}, #{n.createdAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewNotification notification);

  @Select("""
      SELECT id, user_id, group_id, agency_code, notification_type, title, body, link, business_key, created_at, read_at
      FROM cf_notification WHERE business_key = #{businessKey} ORDER BY id""")
  List<Notification> findByBusinessKey(@Param("businessKey") String businessKey);
}
