CREATE TABLE "dictionary_entries" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"parent_code" text,
	"unit" text,
	"measure" text,
	"definition" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_entries_kind_code_pk" PRIMARY KEY("kind","code"),
	CONSTRAINT "dictionary_entries_kind_check" CHECK (kind in ('organisation_type', 'venue_type', 'event_category', 'honour_kind', 'indicator_kind')),
	CONSTRAINT "dictionary_entries_code_check" CHECK ("dictionary_entries"."code" ~ '^[a-z][a-z0-9_]{0,47}$')
);
--> statement-breakpoint
-- The entries the code enums held (their records keep their meaning) and the indicator catalogue
-- of figures districts report that no record counts; packages/domain/src/dictionary.ts `officialEntries`.
INSERT INTO "dictionary_entries" ("kind", "code", "label_zh", "label_en", "parent_code", "unit", "measure", "definition", "position") VALUES
  ('organisation_type', 'city_association', '市科协', 'City association for science and technology', null, null, null, null, 0),
  ('organisation_type', 'district_association', '区县科协', 'District association', null, null, null, null, 1),
  ('organisation_type', 'township_association', '镇街科协', 'Township association', null, null, null, null, 2),
  ('organisation_type', 'village_station', '村社科普工作站', 'Village/community science station', null, null, null, null, 3),
  ('organisation_type', 'society', '学会/协会', 'Society', null, null, null, null, 4),
  ('organisation_type', 'enterprise_association', '企业科协', 'Enterprise association', null, null, null, null, 5),
  ('organisation_type', 'university_association', '高校科协', 'University association', null, null, null, null, 6),
  ('organisation_type', 'e_station', '科普e站', 'Science e-station', null, null, null, null, 7),
  ('organisation_type', 'volunteer_team', '科技志愿服务队', 'Science volunteer team', null, null, null, null, 8),
  ('organisation_type', 'expert_team', '专家团队/讲师团', 'Expert or lecturer team', null, null, null, null, 9),
  ('venue_type', 'science_museum', '科技馆', 'Science museum', null, null, null, null, 0),
  ('venue_type', 'education_base', '科普教育基地', 'Science education base', null, null, null, null, 1),
  ('venue_type', 'campus_museum', '校园科技馆', 'Campus science museum', null, null, null, null, 2),
  ('venue_type', 'community_hall', '社区科普馆/活动室', 'Community science hall or room', null, null, null, null, 3),
  ('venue_type', 'community_park', '社区科普公园', 'Community science park', null, null, null, null, 4),
  ('venue_type', 'rural_demo_base', '农村科普示范基地', 'Rural demonstration base', null, null, null, null, 5),
  ('venue_type', 'gallery', '科普画廊/宣传栏', 'Science gallery or notice board', null, null, null, null, 6),
  ('venue_type', 'led_screen', 'LED科普屏', 'LED science screen', null, null, null, null, 7),
  ('venue_type', 'e_station', '科普e站', 'Science e-station', null, null, null, null, 8),
  ('venue_type', 'online_library', '科普网络书屋', 'Online science library', null, null, null, null, 9),
  ('venue_type', 'civilization_platform', '新时代文明实践所(站)科普平台', 'Civilisation practice centre science platform', null, null, null, null, 10),
  ('venue_type', 'caravan', '科普大篷车', 'Science caravan', null, null, null, null, 11),
  ('event_category', 'national_science_day', '全国科普日', 'National Science Popularisation Day', null, null, null, null, 0),
  ('event_category', 'science_week', '科技活动周', 'Science and Technology Week', null, null, null, null, 1),
  ('event_category', 'workers_day', '全国科技工作者日', 'National Science Workers Day', null, null, null, null, 2),
  ('event_category', 'lecture', '讲座', 'Lecture', null, null, null, null, 3),
  ('event_category', 'exhibition', '展览', 'Exhibition', null, null, null, null, 4),
  ('event_category', 'competition', '竞赛', 'Competition', null, null, null, null, 5),
  ('event_category', 'outreach_school', '进校园', 'School outreach', null, null, null, null, 6),
  ('event_category', 'outreach_community', '进社区', 'Community outreach', null, null, null, null, 7),
  ('event_category', 'outreach_rural', '进农村', 'Rural outreach', null, null, null, null, 8),
  ('event_category', 'outreach_enterprise', '进企业', 'Enterprise outreach', null, null, null, null, 9),
  ('event_category', 'clinic', '义诊', 'Free clinic', null, null, null, null, 10),
  ('event_category', 'training', '实用技术培训', 'Practical skills training', null, null, null, null, 11),
  ('event_category', 'online_quiz', '线上答题', 'Online quiz', null, null, null, null, 12),
  ('honour_kind', 'demo_district', '全国科普示范区', 'National science popularisation demonstration district', null, null, null, null, 0),
  ('honour_kind', 'demo_community', '科普示范社区', 'Science demonstration community', null, null, null, null, 1),
  ('honour_kind', 'education_base', '科普教育基地', 'Science education base', null, null, null, null, 2),
  ('honour_kind', 'excellent_event', '全国科普日优秀活动', 'Outstanding National Science Day event', null, null, null, null, 3),
  ('honour_kind', 'academician_studio', '院士科普工作室', 'Academician science studio', null, null, null, null, 4),
  ('honour_kind', 'other', '其他认定', 'Other designation', null, null, null, null, 5),
  ('indicator_kind', 'resident_population', '常住人口', 'Resident population', null, '人', 'count', '年末常住人口，统计部门公布', 0),
  ('indicator_kind', 'science_literacy_rate', '公民具备科学素质比例', 'Citizens with basic science literacy', null, '%', 'ratio', '公民科学素质抽样调查结果', 1),
  ('indicator_kind', 'per_capita_funding', '人均科普经费', 'Science popularisation funding per capita', null, '元', 'money', '财政科普经费 ÷ 常住人口', 2),
  ('indicator_kind', 'funding_total', '科普经费投入', 'Science popularisation funding', null, '元', 'money', '年度财政科普经费投入', 3),
  ('indicator_kind', 'social_investment', '社会资金投入', 'Social investment in science popularisation', null, '元', 'money', '社会资金用于科普的投入', 4),
  ('indicator_kind', 'community_coverage', '社区覆盖率', 'Community coverage', null, '%', 'ratio', '有科普设施或科普工作站的社区占比', 5),
  ('indicator_kind', 'joint_meeting_members', '科普工作联席会议成员单位', 'Members of the science popularisation joint meeting', null, '个', 'count', '科普工作联席会议的成员单位数', 6),
  ('indicator_kind', 'kepu_china_app_users', '“科普中国”App注册用户', 'Registered users of the Kepu China app', null, '人', 'count', '辖区“科普中国”App 累计注册用户数', 7),
  ('indicator_kind', 'reader_copies', '科普读本发行量', 'Copies of science readers distributed', null, '册', 'count', '本地编印的科普读本年发行册数', 8),
  ('indicator_kind', 'information_reach', '科普资讯传播量', 'Science information disseminated', null, '次', 'count', '通过各渠道传播科普资讯的次数', 9),
  ('indicator_kind', 'competition_awards', '科技竞赛获奖', 'Science competition awards', null, '项', 'count', '青少年等参加科技竞赛获得的奖项数', 10),
  ('indicator_kind', 'competition_awards_world', '科技竞赛世界级奖项', 'World-level science competition awards', 'competition_awards', '项', 'count', '其中世界级奖项数', 11),
  ('indicator_kind', 'schools_reached', '惠及中小学', 'Primary and secondary schools reached', null, '所', 'count', '科普项目覆盖的中小学数', 12),
  ('indicator_kind', 'screen_daily_minutes', '宣传屏每日科普播放时长', 'Daily science broadcast time on public screens', null, '分钟/天', 'duration', '公共宣传屏每天播放科普内容的时长', 13),
  ('indicator_kind', 'resident_reach_rate', '活动覆盖常住人口比例', 'Share of residents reached by activities', null, '%', 'ratio', '科普活动覆盖的常住人口比例', 14),
  ('indicator_kind', 'registered_volunteers', '注册科技志愿者', 'Registered science volunteers', null, '人', 'count', '辖区注册的科技志愿者人数，来源只给出总数、不分到队伍时填报', 15);--> statement-breakpoint
ALTER TABLE "designations" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "category" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "type" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "type" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "stats_event_buckets" ALTER COLUMN "category" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "stats_organisation_counts" ALTER COLUMN "type" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "stats_venue_counts" ALTER COLUMN "type" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "summaries" ALTER COLUMN "category" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "designations" ADD COLUMN "kind_kind" text GENERATED ALWAYS AS ('honour_kind') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "category_kind" text GENERATED ALWAYS AS ('event_category') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "kind_kind" text GENERATED ALWAYS AS ('indicator_kind') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "type_kind" text GENERATED ALWAYS AS ('organisation_type') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "type_kind" text GENERATED ALWAYS AS ('venue_type') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "summaries" ADD COLUMN "category_kind" text GENERATED ALWAYS AS ('event_category') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "dictionary_entries" ADD CONSTRAINT "dictionary_entries_parent_fk" FOREIGN KEY ("kind","parent_code") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designations" ADD CONSTRAINT "designations_kind_fk" FOREIGN KEY ("kind_kind","kind") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_category_fk" FOREIGN KEY ("category_kind","category") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_kind_fk" FOREIGN KEY ("kind_kind","kind") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_type_fk" FOREIGN KEY ("type_kind","type") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_type_fk" FOREIGN KEY ("type_kind","type") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summaries" ADD CONSTRAINT "summaries_category_fk" FOREIGN KEY ("category_kind","category") REFERENCES "public"."dictionary_entries"("kind","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP TYPE "public"."designation_kind";--> statement-breakpoint
DROP TYPE "public"."event_category";--> statement-breakpoint
DROP TYPE "public"."indicator_kind";--> statement-breakpoint
DROP TYPE "public"."organisation_type";--> statement-breakpoint
DROP TYPE "public"."venue_type";