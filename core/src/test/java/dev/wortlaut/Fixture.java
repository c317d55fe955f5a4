package dev.wortlaut;

import java.util.List;
import java.util.Map;

/** A small gazetteer with English canonical names and native forms, written for the tests. */
final class Fixture {

  private Fixture() {}

  private static Entity person(String id, String name, String nativeForm, String country) {
    return new Entity(id, EntityType.PERSON, name, List.of(),
        nativeForm == null ? List.of() : List.of(nativeForm), Map.of("country", country));
  }

  private static Entity place(String id, String name, String... natives) {
    return new Entity(id, EntityType.PLACE, name, List.of(), List.of(natives), Map.of());
  }

  private static Entity org(String id, String name, List<String> aliases) {
    return new Entity(id, EntityType.ORGANISATION, name, aliases, List.of(), Map.of());
  }

  static final Gazetteer GAZETTEER = Gazetteer.builder()
      .add(person("lavrov", "Sergey Lavrov", "Сергей Лавров", "RU"))
      .add(person("putin", "Vladimir Putin", "Владимир Путин", "RU"))
      .add(person("zelensky", "Volodymyr Zelensky", "Володимир Зеленський", "UA"))
      .add(person("choe", "Choe Son Hui", "최선희", "KP"))
      .add(person("kju", "Kim Jong Un", "김정은", "KP"))
      .add(person("kji", "Kim Jong Il", "김정일", "KP"))
      .add(person("kis", "Kim Il Sung", "김일성", "KP"))
      .add(person("kyj", "Kim Yo Jong", "김여정", "KP"))
      .add(person("ilham", "Ilham Aliyev", "Ильхам Алиев", "AZ"))
      .add(person("heydar", "Heydar Aliyev", "Гейдар Алиев", "AZ"))
      .add(person("gaddafi", "Muammar Gaddafi", null, "LY"))
      .add(person("zinoviev", "Grigory Zinoviev", "Григорий Зиновьев", "RU"))
      .add(person("blinken", "Antony Blinken", null, "US"))
      .add(person("linjian", "Lin Jian", "林剑", "CN"))
      .add(person("katz", "Israel Katz", null, "IL"))
      .add(person("guterres", "António Guterres", null, "PT"))
      .add(person("yeltsin", "Boris Yeltsin", "Борис Ельцин", "RU"))
      .add(person("shoigu", "Sergei Shoigu", "Сергей Шойгу", "RU"))
      .add(person("khrushchev", "Nikita Khrushchev", "Никита Хрущёв", "RU"))
      .add(place("kyiv", "Kyiv", "Київ"))
      .add(place("kharkiv", "Kharkiv", "Харків", "Харьков"))
      .add(place("moscow", "Moscow", "Москва"))
      .add(place("beijing", "Beijing", "北京"))
      .add(place("pyongyang", "Pyongyang", "평양"))
      .add(place("tbilisi", "Tbilisi"))
      .add(place("warsaw", "Warsaw"))
      .add(place("nk", "North Korea", "조선민주주의인민공화국"))
      .add(place("russia", "Russia", "Россия"))
      .add(place("ukraine", "Ukraine", "Україна"))
      .add(place("china", "China"))
      .add(place("israel", "Israel"))
      .add(place("kursk", "Kursk", "Курск"))
      .add(place("wonsan", "Wonsan", "원산"))
      .add(org("un", "United Nations", List.of()))
      .add(org("unsc", "UN Security Council", List.of()))
      .add(org("nato", "NATO", List.of()))
      .add(org("kremlin", "Kremlin", List.of()))
      .build();

  static final NameMatcher MATCHER = NameMatcher.of(GAZETTEER);
}
