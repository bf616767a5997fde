package com.caseflow.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The notification centre's reads: a user's own notifications plus those to one of their groups in their agency
 * (or with no agency). Own ones are marked read in cf_notification.read_at, group ones per user in
 * cf_notification_read.
 */
@Mapper
public interface InboxMapper {

  record Item(Long id, String type, String title, String body, String link, String businessKey, Instant createdAt,
      boolean unread) {}

  String MINE = """
      FROM cf_notification n
      LEFT JOIN cf_notification_read r ON r.notification_id = n.id AND r.user_id = #{user}
      WHERE (n.user_id = #{user}
        <if test="groups.size() > 0">OR (n.user_id IS NULL AND n.group_id IN
          <foreach item="g" collection="groups" open="(" separator="," close=")">#{g}</foreach>
          AND (n.agency_code IS NULL OR n.agency_code = #{agency}))</if>)""";

  String UNREAD = "((n.user_id = #{user} AND n.read_at IS NULL) OR (n.user_id IS NULL AND r.user_id IS NULL))";

  @Select("<script>SELECT n.id, n.notification_type AS type, n.title, n.body, n.link, n.business_key, n.created_at, "
      + "CASE WHEN " + UNREAD + " THEN TRUE ELSE FALSE END AS unread " + MINE
      + "<if test='unreadOnly'> AND " + UNREAD + "</if> ORDER BY n.created_at DESC, n.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Item> list(@Param("user") String user, @Param("groups") List<String> groups, @Param("agency") String agency,
      @Param("unreadOnly") boolean unreadOnly, @Param("limit") int limit, @Param("offset") int offset);

  @Select("<script>SELECT COUNT(*) " + MINE + "<if test='unreadOnly'> AND " + UNREAD + "</if></script>")
  long count(@Param("user") String user, @Param("groups") List<String> groups, @Param("agency") String agency,
      @Param("unreadOnly") boolean unreadOnly);

  @Select("<script>SELECT n.id " + MINE + " AND " + UNREAD + " AND n.id = #{id}</script>")
  Long unreadOne(@Param("user") String user, @Param("groups") List<String> groups, @Param("agency") String agency,
      @Param("id") long id);

  @Select("<script>SELECT n.id " + MINE + " AND n.id = #{id}</script>")
  Long visibleOne(@Param("user") String user, @Param("groups") List<String> groups, @Param("agency") String agency,
      @Param("id") long id);

  @Select("<script>SELECT n.id " + MINE + " AND n.user_id IS NULL AND r.user_id IS NULL</script>")
  List<Long> unreadGroupIds(@Param("user") String user, @Param("groups") List<String> groups,
      @Param("agency") String agency);

  @Update("UPDATE cf_notification SET read_at = #{at} WHERE id = #{id} AND user_id = #{user} AND read_at IS NULL")
  int markOwnRead(@Param("id") long id, @Param("user") String user, @Param("at") Instant at);

  @Update("UPDATE cf_notification SET read_at = #{at} WHERE user_id = #{user} AND read_at IS NULL")
  int markAllOwnRead(@Param("user") String user, @Param("at") Instant at);

  @Insert("INSERT INTO cf_notification_read (notification_id, user_id, read_at) VALUES (#{id}, #{user}, #{at})")
  void markGroupRead(@Param("id") long id, @Param("user") String user, @Param("at") Instant at);

  @Select("SELECT user_id FROM cf_notification WHERE id = #{id}")
  String owner(long id);
}
