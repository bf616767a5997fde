package com.caseflow.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * Test double for the models' {@code deadlines} bean (processes/CONTRACT.md), registered only while the
 * application has none (the calendar feature provides the real one). Weekends only, no holidays.
 */
@Component
public class DeadlinesFallback implements BeanDefinitionRegistryPostProcessor {

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
    if (!registry.containsBeanDefinition("deadlines")) {
      registry.registerBeanDefinition("deadlines", new RootBeanDefinition(WeekendDeadlines.class));
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {}

  public static class WeekendDeadlines {

    static LocalDate date(Object o) {
      if (o == null) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
      }
      if (o instanceof LocalDate d) {
        return d;
      }
      if (o instanceof Date d) {
        return d.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
      }
      String s = o.toString();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    static boolean working(LocalDate d) {
      return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public String today() {
      return date(null).toString();
    }

    public String workingDays(Object from, long n) {
      LocalDate d = date(from);
      for (long i = 0; i < n; ) {
        d = d.plusDays(1);
        if (working(d)) {
          i++;
        }
      }
      return d.toString();
    }

    public String days(Object from, long n) {
      LocalDate d = date(from).plusDays(n);
      while (!working(d)) {
        d = d.plusDays(1);
      }
      return d.toString();
    }

    public String endOf(Object date) {
      return date(date) + "T23:59:59";
    }

    public String workingDaysBefore(Object date, long n) {
      LocalDate d = date(date);
      for (long i = 0; i < n; ) {
        d = d.minusDays(1);
        if (working(d)) {
          i++;
        }
      }
      return d.toString();
    }
  }
}
