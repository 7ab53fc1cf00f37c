#pragma once

#include <QByteArray>

namespace sr::test {

// The report of the fixture (ReportFixture.cpp) for 01/01/2021 – 30/06/2023, computed by
// hand from the table at the top of ReportFixture.cpp. The whole JSON document must match.
inline const QByteArray expectedReportJson = QByteArray(R"json({
  "format": "safereturn-report/1",
  "period": {"from": "2021-01-01", "to": "2023-06-30"},
  "totals": {"persons": 8, "receptions": 9, "supports": 12, "support_amount_vnd": 5150000,
             "persons_supported": 7, "supports_referred": 1, "supports_declined": 1,
             "supports_not_needed": 1},
  "by_year": [
    {"year": 2021, "from": "2021-01-01", "to": "2021-12-31", "persons": 4, "receptions": 4},
    {"year": 2022, "from": "2022-01-01", "to": "2022-12-31", "persons": 3, "receptions": 3},
    {"year": 2023, "from": "2023-01-01", "to": "2023-06-30", "persons": 2, "receptions": 2}
  ],
  "by_country": [
    {"code": "CN", "name": "Trung Quốc", "name_en": "China", "persons": 7, "receptions": 7},
    {"code": "KH", "name": "Campuchia", "name_en": "Cambodia", "persons": 1, "receptions": 2}
  ],
  "by_agency": [
    {"code": "bdbp_qn", "name": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh",
     "name_en": "Quảng Ninh Border Guard Command", "persons": 3, "receptions": 3},
    {"code": "ctxh_qn", "name": "Trung tâm Công tác xã hội tỉnh Quảng Ninh",
     "name_en": "Quảng Ninh Social Work Centre", "persons": 2, "receptions": 2},
    {"code": "ldtbxh_mong_cai", "name": "Phòng Lao động - Thương binh và Xã hội thành phố Móng Cái",
     "name_en": "Móng Cái City Labour Office", "persons": 2, "receptions": 2},
    {"code": "ubnd_mao_khe", "name": "Ủy ban nhân dân phường Mạo Khê, thị xã Đông Triều",
     "name_en": "Mạo Khê Ward People's Committee, Đông Triều", "persons": 1, "receptions": 1},
    {"code": "ubnd_hai_dong", "name": "Ủy ban nhân dân xã Hải Đông, thành phố Móng Cái",
     "name_en": "Hải Đông Commune People's Committee, Móng Cái", "persons": 0, "receptions": 1}
  ],
  "by_route": [
    {"code": "handed_over_at_border", "persons": 4, "receptions": 4},
    {"code": "self_reported", "persons": 1, "receptions": 1},
    {"code": "rescued", "persons": 1, "receptions": 1},
    {"code": "via_mission_abroad", "persons": 0, "receptions": 1},
    {"code": "reported_by_family", "persons": 1, "receptions": 1},
    {"code": "found_in_screening", "persons": 1, "receptions": 1}
  ],
  "by_identification_status": [
    {"code": "not_verified", "persons": 1, "receptions": 1},
    {"code": "pending", "persons": 1, "receptions": 1},
    {"code": "confirmed_victim", "persons": 5, "receptions": 6},
    {"code": "undetermined", "persons": 1, "receptions": 1}
  ],
  "by_sex_age": [
    {"sex": "male", "age_band": "under_1", "persons": 2},
    {"sex": "male", "age_band": "12_15", "persons": 1},
    {"sex": "female", "age_band": "16_17", "persons": 1},
    {"sex": "female", "age_band": "18_plus", "persons": 3},
    {"sex": "unknown", "age_band": "unknown", "persons": 1}
  ],
  "groups": {"children_under_16": 3, "minors_under_18": 4, "foreign_nationals": 1,
             "ethnic_minorities": 1, "other_province_residents": 2},
  "by_nationality": [
    {"code": "TH", "name": "Thái Lan", "name_en": "Thailand", "persons": 1, "receptions": 1}
  ],
  "supports": [
    {"type": "essential_needs", "name": "Hỗ trợ nhu cầu thiết yếu (chỗ ở, ăn, mặc, đồ dùng cá nhân)",
     "name_en": "Essential needs (shelter, meals, clothing, personal items)",
     "persons": 1, "times": 1, "quantity": 7, "amount_vnd": 350000,
     "referred": 0, "declined": 0, "not_needed": 0},
    {"type": "medical", "name": "Hỗ trợ y tế",
     "name_en": "Medical support (health check, treatment, insurance)",
     "persons": 3, "times": 3, "quantity": 3, "amount_vnd": 2500000,
     "referred": 1, "declined": 0, "not_needed": 0},
    {"type": "travel", "name": "Hỗ trợ chi phí đi lại (tiền tàu xe)", "name_en": "Travel costs",
     "persons": 3, "times": 4, "quantity": 4, "amount_vnd": 2100000,
     "referred": 0, "declined": 0, "not_needed": 0},
    {"type": "travel_meals", "name": "Hỗ trợ tiền ăn đường", "name_en": "Meals on the road",
     "persons": 2, "times": 2, "quantity": 4, "amount_vnd": 200000,
     "referred": 0, "declined": 0, "not_needed": 0},
    {"type": "psychological", "name": "Hỗ trợ tâm lý", "name_en": "Psychological support",
     "persons": 1, "times": 1, "quantity": 2, "amount_vnd": 0,
     "referred": 0, "declined": 0, "not_needed": 0},
    {"type": "vocational_training", "name": "Hỗ trợ học nghề, tư vấn việc làm",
     "name_en": "Vocational training and job counselling",
     "persons": 0, "times": 0, "quantity": 0, "amount_vnd": 0,
     "referred": 0, "declined": 1, "not_needed": 1},
    {"type": "identity_papers", "name": "Làm lại giấy tờ tùy thân",
     "name_en": "Re-issuing identity papers",
     "persons": 1, "times": 1, "quantity": 1, "amount_vnd": 0,
     "referred": 0, "declined": 0, "not_needed": 0}
  ],
  "outcomes": [
    {"code": "handed_over_to_family", "persons": 3, "receptions": 3},
    {"code": "returned_home", "persons": 0, "receptions": 1},
    {"code": "transferred", "persons": 1, "receptions": 1},
    {"code": "other", "persons": 1, "receptions": 1},
    {"code": "open", "persons": 3, "receptions": 3}
  ],
  "follow_ups": {"count": 3, "persons": 2},
  "handovers": {"batches": 3, "persons": 77, "verified_batches": 2, "verified_persons": 42,
                "cases": 3, "victims": 4},
  "case_work": {"opened": 9, "closed": 7, "with_plan": 0, "follow_ups_due": 0,
                 "follow_ups_done": 0},
  "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
              "bed_days": 36440, "occupancy_rate": 0,
              "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
  "hotline": {"calls": 6, "emergencies": 2, "became_cases": 1,
    "by_reason": [{"code": "advice", "calls": 2}, {"code": "trafficking_report", "calls": 1}, {"code": "violence_abuse", "calls": 1}, {"code": "emergency_help", "calls": 1}, {"code": "policy_information", "calls": 1}, {"code": "other", "calls": 0}],
    "by_action": [{"code": "advised", "calls": 4}, {"code": "referred_police", "calls": 1}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 1}, {"code": "referred_centre", "calls": 1}, {"code": "shelter_admitted", "calls": 1}, {"code": "case_opened", "calls": 1}]},
  "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                 "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                 "communes_reached": {"pre_2025": 0, "from_2025": 0},
                 "communes_total": {"pre_2025": 171, "from_2025": 54},
                 "by_kind": [
                   {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                   {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                    "participants": 0, "participants_women": 0, "participants_minorities": 0,
                    "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                 ]},
  "years": [
    {
      "year": 2021,
      "period": {"from": "2021-01-01", "to": "2021-12-31"},
      "totals": {"persons": 4, "receptions": 4, "supports": 7, "support_amount_vnd": 2450000,
                 "persons_supported": 5, "supports_referred": 0, "supports_declined": 1,
                 "supports_not_needed": 0},
      "by_country": [
        {"code": "CN", "name": "Trung Quốc", "name_en": "China", "persons": 4, "receptions": 4}
      ],
      "by_agency": [
        {"code": "bdbp_qn", "name": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh",
         "name_en": "Quảng Ninh Border Guard Command", "persons": 2, "receptions": 2},
        {"code": "ctxh_qn", "name": "Trung tâm Công tác xã hội tỉnh Quảng Ninh",
         "name_en": "Quảng Ninh Social Work Centre", "persons": 1, "receptions": 1},
        {"code": "ldtbxh_mong_cai",
         "name": "Phòng Lao động - Thương binh và Xã hội thành phố Móng Cái",
         "name_en": "Móng Cái City Labour Office", "persons": 1, "receptions": 1}
      ],
      "by_route": [
        {"code": "handed_over_at_border", "persons": 2, "receptions": 2},
        {"code": "self_reported", "persons": 1, "receptions": 1},
        {"code": "rescued", "persons": 1, "receptions": 1}
      ],
      "by_identification_status": [
        {"code": "pending", "persons": 1, "receptions": 1},
        {"code": "confirmed_victim", "persons": 3, "receptions": 3}
      ],
      "by_sex_age": [
        {"sex": "male", "age_band": "under_1", "persons": 2},
        {"sex": "female", "age_band": "16_17", "persons": 1},
        {"sex": "female", "age_band": "18_plus", "persons": 1}
      ],
      "groups": {"children_under_16": 2, "minors_under_18": 3, "foreign_nationals": 1,
                 "ethnic_minorities": 1, "other_province_residents": 1},
      "by_nationality": [
        {"code": "TH", "name": "Thái Lan", "name_en": "Thailand", "persons": 1, "receptions": 1}
      ],
      "supports": [
        {"type": "essential_needs",
         "name": "Hỗ trợ nhu cầu thiết yếu (chỗ ở, ăn, mặc, đồ dùng cá nhân)",
         "name_en": "Essential needs (shelter, meals, clothing, personal items)",
         "persons": 1, "times": 1, "quantity": 7, "amount_vnd": 350000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "medical", "name": "Hỗ trợ y tế",
         "name_en": "Medical support (health check, treatment, insurance)",
         "persons": 2, "times": 2, "quantity": 2, "amount_vnd": 1000000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "travel", "name": "Hỗ trợ chi phí đi lại (tiền tàu xe)", "name_en": "Travel costs",
         "persons": 2, "times": 2, "quantity": 2, "amount_vnd": 1000000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "travel_meals", "name": "Hỗ trợ tiền ăn đường", "name_en": "Meals on the road",
         "persons": 1, "times": 1, "quantity": 2, "amount_vnd": 100000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "psychological", "name": "Hỗ trợ tâm lý", "name_en": "Psychological support",
         "persons": 1, "times": 1, "quantity": 2, "amount_vnd": 0,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "vocational_training", "name": "Hỗ trợ học nghề, tư vấn việc làm",
         "name_en": "Vocational training and job counselling",
         "persons": 0, "times": 0, "quantity": 0, "amount_vnd": 0,
         "referred": 0, "declined": 1, "not_needed": 0}
      ],
      "outcomes": [
        {"code": "handed_over_to_family", "persons": 1, "receptions": 1},
        {"code": "returned_home", "persons": 1, "receptions": 1},
        {"code": "transferred", "persons": 1, "receptions": 1},
        {"code": "open", "persons": 1, "receptions": 1}
      ],
      "follow_ups": {"count": 1, "persons": 1},
      "handovers": {"batches": 1, "persons": 40, "verified_batches": 1, "verified_persons": 30,
                    "cases": 1, "victims": 1},
      "case_work": {"opened": 4, "closed": 4, "with_plan": 0, "follow_ups_due": 0,
                     "follow_ups_done": 0},
      "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
                  "bed_days": 14600, "occupancy_rate": 0,
                  "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
      "hotline": {"calls": 2, "emergencies": 1, "became_cases": 1,
        "by_reason": [{"code": "advice", "calls": 1}, {"code": "trafficking_report", "calls": 1}, {"code": "violence_abuse", "calls": 0}, {"code": "emergency_help", "calls": 0}, {"code": "policy_information", "calls": 0}, {"code": "other", "calls": 0}],
        "by_action": [{"code": "advised", "calls": 1}, {"code": "referred_police", "calls": 0}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 0}, {"code": "referred_centre", "calls": 1}, {"code": "shelter_admitted", "calls": 0}, {"code": "case_opened", "calls": 1}]},
      "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                     "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                     "communes_reached": {"pre_2025": 0, "from_2025": 0},
                     "communes_total": {"pre_2025": 171, "from_2025": 54},
                     "by_kind": [
                       {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                     ]}
    },
    {
      "year": 2022,
      "period": {"from": "2022-01-01", "to": "2022-12-31"},
      "totals": {"persons": 3, "receptions": 3, "supports": 3, "support_amount_vnd": 1200000,
                 "persons_supported": 2, "supports_referred": 1, "supports_declined": 0,
                 "supports_not_needed": 1},
      "by_country": [
        {"code": "KH", "name": "Campuchia", "name_en": "Cambodia", "persons": 2, "receptions": 2},
        {"code": "CN", "name": "Trung Quốc", "name_en": "China", "persons": 1, "receptions": 1}
      ],
      "by_agency": [
        {"code": "ldtbxh_mong_cai",
         "name": "Phòng Lao động - Thương binh và Xã hội thành phố Móng Cái",
         "name_en": "Móng Cái City Labour Office", "persons": 1, "receptions": 1},
        {"code": "ubnd_hai_dong", "name": "Ủy ban nhân dân xã Hải Đông, thành phố Móng Cái",
         "name_en": "Hải Đông Commune People's Committee, Móng Cái", "persons": 1, "receptions": 1},
        {"code": "ubnd_mao_khe", "name": "Ủy ban nhân dân phường Mạo Khê, thị xã Đông Triều",
         "name_en": "Mạo Khê Ward People's Committee, Đông Triều", "persons": 1, "receptions": 1}
      ],
      "by_route": [
        {"code": "handed_over_at_border", "persons": 1, "receptions": 1},
        {"code": "via_mission_abroad", "persons": 1, "receptions": 1},
        {"code": "reported_by_family", "persons": 1, "receptions": 1}
      ],
      "by_identification_status": [
        {"code": "not_verified", "persons": 1, "receptions": 1},
        {"code": "confirmed_victim", "persons": 2, "receptions": 2}
      ],
      "by_sex_age": [
        {"sex": "male", "age_band": "12_15", "persons": 1},
        {"sex": "female", "age_band": "16_17", "persons": 1},
        {"sex": "female", "age_band": "18_plus", "persons": 1}
      ],
      "groups": {"children_under_16": 1, "minors_under_18": 2, "foreign_nationals": 0,
                 "ethnic_minorities": 0, "other_province_residents": 1},
      "by_nationality": [],
      "supports": [
        {"type": "medical", "name": "Hỗ trợ y tế",
         "name_en": "Medical support (health check, treatment, insurance)",
         "persons": 0, "times": 0, "quantity": 0, "amount_vnd": 0,
         "referred": 1, "declined": 0, "not_needed": 0},
        {"type": "travel", "name": "Hỗ trợ chi phí đi lại (tiền tàu xe)", "name_en": "Travel costs",
         "persons": 2, "times": 2, "quantity": 2, "amount_vnd": 1100000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "travel_meals", "name": "Hỗ trợ tiền ăn đường", "name_en": "Meals on the road",
         "persons": 1, "times": 1, "quantity": 2, "amount_vnd": 100000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "vocational_training", "name": "Hỗ trợ học nghề, tư vấn việc làm",
         "name_en": "Vocational training and job counselling",
         "persons": 0, "times": 0, "quantity": 0, "amount_vnd": 0,
         "referred": 0, "declined": 0, "not_needed": 1}
      ],
      "outcomes": [
        {"code": "handed_over_to_family", "persons": 1, "receptions": 1},
        {"code": "other", "persons": 1, "receptions": 1},
        {"code": "open", "persons": 1, "receptions": 1}
      ],
      "follow_ups": {"count": 2, "persons": 2},
      "handovers": {"batches": 1, "persons": 25, "verified_batches": 0, "verified_persons": 0,
                    "cases": 0, "victims": 0},
      "case_work": {"opened": 3, "closed": 1, "with_plan": 0, "follow_ups_due": 0,
                     "follow_ups_done": 0},
      "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
                  "bed_days": 14600, "occupancy_rate": 0,
                  "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
      "hotline": {"calls": 3, "emergencies": 1, "became_cases": 0,
        "by_reason": [{"code": "advice", "calls": 0}, {"code": "trafficking_report", "calls": 0}, {"code": "violence_abuse", "calls": 1}, {"code": "emergency_help", "calls": 1}, {"code": "policy_information", "calls": 1}, {"code": "other", "calls": 0}],
        "by_action": [{"code": "advised", "calls": 2}, {"code": "referred_police", "calls": 1}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 1}, {"code": "referred_centre", "calls": 0}, {"code": "shelter_admitted", "calls": 1}, {"code": "case_opened", "calls": 0}]},
      "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                     "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                     "communes_reached": {"pre_2025": 0, "from_2025": 0},
                     "communes_total": {"pre_2025": 171, "from_2025": 54},
                     "by_kind": [
                       {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                     ]}
    },
    {
      "year": 2023,
      "period": {"from": "2023-01-01", "to": "2023-06-30"},
      "totals": {"persons": 2, "receptions": 2, "supports": 2, "support_amount_vnd": 1500000,
                 "persons_supported": 1, "supports_referred": 0, "supports_declined": 0,
                 "supports_not_needed": 0},
      "by_country": [
        {"code": "CN", "name": "Trung Quốc", "name_en": "China", "persons": 2, "receptions": 2}
      ],
      "by_agency": [
        {"code": "bdbp_qn", "name": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh",
         "name_en": "Quảng Ninh Border Guard Command", "persons": 1, "receptions": 1},
        {"code": "ctxh_qn", "name": "Trung tâm Công tác xã hội tỉnh Quảng Ninh",
         "name_en": "Quảng Ninh Social Work Centre", "persons": 1, "receptions": 1}
      ],
      "by_route": [
        {"code": "handed_over_at_border", "persons": 1, "receptions": 1},
        {"code": "found_in_screening", "persons": 1, "receptions": 1}
      ],
      "by_identification_status": [
        {"code": "confirmed_victim", "persons": 1, "receptions": 1},
        {"code": "undetermined", "persons": 1, "receptions": 1}
      ],
      "by_sex_age": [
        {"sex": "female", "age_band": "18_plus", "persons": 1},
        {"sex": "unknown", "age_band": "unknown", "persons": 1}
      ],
      "groups": {"children_under_16": 0, "minors_under_18": 0, "foreign_nationals": 0,
                 "ethnic_minorities": 0, "other_province_residents": 0},
      "by_nationality": [],
      "supports": [
        {"type": "medical", "name": "Hỗ trợ y tế",
         "name_en": "Medical support (health check, treatment, insurance)",
         "persons": 1, "times": 1, "quantity": 1, "amount_vnd": 1500000,
         "referred": 0, "declined": 0, "not_needed": 0},
        {"type": "identity_papers", "name": "Làm lại giấy tờ tùy thân",
         "name_en": "Re-issuing identity papers",
         "persons": 1, "times": 1, "quantity": 1, "amount_vnd": 0,
         "referred": 0, "declined": 0, "not_needed": 0}
      ],
      "outcomes": [
        {"code": "handed_over_to_family", "persons": 1, "receptions": 1},
        {"code": "open", "persons": 1, "receptions": 1}
      ],
      "follow_ups": {"count": 0, "persons": 0},
      "handovers": {"batches": 1, "persons": 12, "verified_batches": 1, "verified_persons": 12,
                    "cases": 2, "victims": 3},
      "case_work": {"opened": 2, "closed": 2, "with_plan": 0, "follow_ups_due": 0,
                     "follow_ups_done": 0},
      "shelter": {"admissions": 0, "persons": 0, "shelter_days": 0, "rooms": 13, "beds": 40,
                  "bed_days": 7240, "occupancy_rate": 0,
                  "shelters": [{"code": "ctxh", "name": "Trung tâm Công tác xã hội", "name_en": "Social Work Centre", "rooms": 10, "beds": 32, "admissions": 0, "persons": 0, "shelter_days": 0}, {"code": "anh_duong", "name": "Ngôi nhà Ánh Dương", "name_en": "Sunshine House", "rooms": 3, "beds": 8, "admissions": 0, "persons": 0, "shelter_days": 0}]},
      "hotline": {"calls": 1, "emergencies": 0, "became_cases": 0,
        "by_reason": [{"code": "advice", "calls": 1}, {"code": "trafficking_report", "calls": 0}, {"code": "violence_abuse", "calls": 0}, {"code": "emergency_help", "calls": 0}, {"code": "policy_information", "calls": 0}, {"code": "other", "calls": 0}],
        "by_action": [{"code": "advised", "calls": 1}, {"code": "referred_police", "calls": 0}, {"code": "referred_border_guard", "calls": 0}, {"code": "referred_health", "calls": 0}, {"code": "referred_centre", "calls": 0}, {"code": "shelter_admitted", "calls": 0}, {"code": "case_opened", "calls": 0}]},
      "prevention": {"activities": 0, "participants": 0, "participants_women": 0,
                     "participants_minorities": 0, "clubs_active": 0, "club_members": 0,
                     "communes_reached": {"pre_2025": 0, "from_2025": 0},
                     "communes_total": {"pre_2025": 171, "from_2025": 54},
                     "by_kind": [
                       {"kind": "leaflets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "booklets", "unit": "copies", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "panels", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "media_items", "unit": "items", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "training", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "community_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "club_meeting", "unit": "sessions", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}},
                       {"kind": "decision_plan", "unit": "documents", "activities": 0, "quantity": 0,
                        "participants": 0, "participants_women": 0, "participants_minorities": 0,
                        "communes_reached": {"pre_2025": 0, "from_2025": 0}}
                     ]}
    }
  ]
})json");

} // namespace sr::test
