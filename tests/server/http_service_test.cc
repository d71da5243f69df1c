// The HTTP service on loopback, in process: every endpoint, API keys, bad input, reload.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <simdjson.h>

#include "cordon/server.h"

#include "testing/entities.h"

namespace cordon {
namespace {

using testing::MakeEntity;

std::vector<Entity> Entities(bool with_new_designation) {
  std::vector<Entity> entities;
  entities.push_back(
      MakeEntity("sdn", "ttp", Schema::kOrganization, {"Tehrik-e Taliban Pakistan", "TTP"}));
  entities.push_back(MakeEntity("sdn", "bla", Schema::kOrganization,
                                {"Balochistan Liberation Army", "Majeed Brigade"}));
  Entity omar = MakeEntity("un", "omar", Schema::kPerson, {"Mohammed Omar"});
  omar.birth_dates.push_back({{1960, 0, 0}, {1960, 0, 0}, false});
  omar.listed_on = "2001-01-25";
  entities.push_back(omar);
  if (with_new_designation) {
    entities.push_back(MakeEntity("sdn", "new", Schema::kPerson, {"Abdulhai Salek"}));
  }
  return entities;
}

// A service on a free loopback port, serving on a background thread.
class Running {
 public:
  explicit Running(ServerOptions options, ScreenerLoader loader = nullptr) {
    options.host = options.host.empty() ? "127.0.0.1" : options.host;
    options.port = 0;
    options.access_log = false;
    if (!loader) {
      loader = [] { return Screener::Create(Entities(false)); };
    }
    auto service = HttpService::Create(options, std::move(loader));
    EXPECT_TRUE(service.has_value()) << service.error().ToString();
    service_ = std::move(*service);
    EXPECT_TRUE(service_->Bind().ok());
    thread_ = std::thread([this] { (void)service_->Listen(); });
  }
  ~Running() {
    service_->Stop();
    thread_.join();
  }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", service_->port());
    client.set_read_timeout(10, 0);
    return client;
  }
  HttpService& service() { return *service_; }

 private:
  std::unique_ptr<HttpService> service_;
  std::thread thread_;
};

simdjson::dom::element Parse(simdjson::dom::parser& parser, const std::string& body) {
  simdjson::dom::element element;
  EXPECT_FALSE(parser.parse(body).get(element)) << body;
  return element;
}

const char* kOmarQuery =
    R"({"queries": {"q1": {"schema": "Person", "properties": {"name": ["Muhammad Omar"],)"
    R"( "birthDate": ["1960"]}}, "q2": {"schema": "Organization", "properties": {"name": ["BLA"]}}}})";

TEST(HttpService, MatchAnswersLikeYente) {
  Running server({});
  auto client = server.Client();
  auto res = client.Post("/match/default?limit=3", kOmarQuery, "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  simdjson::dom::parser parser;
  auto doc = Parse(parser, res->body);
  EXPECT_EQ(int64_t(doc["limit"]), 3);
  auto q1 = doc["responses"]["q1"];
  EXPECT_EQ(int64_t(q1["status"]), 200);
  auto first = q1["results"].at(0);
  EXPECT_EQ(std::string_view(first["id"]), "un:omar");
  EXPECT_EQ(std::string_view(first["schema"]), "Person");
  EXPECT_EQ(std::string_view(first["caption"]), "Mohammed Omar");
  EXPECT_EQ(std::string_view(first["datasets"].at(0)), "un");
  EXPECT_EQ(std::string_view(first["properties"]["birthDate"].at(0)), "1960");
  EXPECT_TRUE(bool(first["match"]));
  EXPECT_GE(double(first["score"]), 0.8);
  EXPECT_TRUE(first["explanations"]["name"]["detail"].is_string());
  EXPECT_TRUE(first["explanations"]["birth_date"]["detail"].is_string());
  EXPECT_EQ(int64_t(q1["total"]["value"]), 1);
  EXPECT_EQ(std::string_view(q1["total"]["relation"]), "eq");
  EXPECT_EQ(std::string_view(q1["query"]["properties"]["name"].at(0)), "Muhammad Omar");
  EXPECT_EQ(std::string_view(doc["responses"]["q2"]["results"].at(0)["id"]), "sdn:bla");
}

TEST(HttpService, FiltersFromTheQueryString) {
  Running server({});
  auto client = server.Client();
  const char* body = R"({"queries": {"q": {"properties": {"name": ["BLA"]}}}})";
  auto all = client.Post("/match/default", body, "application/json");
  ASSERT_EQ(all->status, 200);
  EXPECT_NE(all->body.find("sdn:bla"), std::string::npos);
  for (const char* query :
       {"/match/default?exclude_schema=Organization", "/match/default?exclude_dataset=sdn",
        "/match/default?include_dataset=un", "/match/un",
        "/match/default?exclude_entity_ids=sdn:bla", "/match/default?changed_since=2020-01-01"}) {
    auto res = client.Post(query, body, "application/json");
    ASSERT_EQ(res->status, 200) << query << " " << res->body;
    EXPECT_EQ(res->body.find("sdn:bla"), std::string::npos) << query;
  }
}

TEST(HttpService, BadRequestsNameTheField) {
  ServerOptions options;
  options.max_body_bytes = 64 * 1024;
  Running server(options);
  auto client = server.Client();
  auto expect = [&](const std::string& path, const std::string& body, int status,
                    const std::string& words) {
    auto res = client.Post(path, body, "application/json");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, status) << body.substr(0, 80) << " -> " << res->body;
    EXPECT_NE(res->body.find(words), std::string::npos) << res->body;
  };
  expect("/match/default", "{not json", 400, "invalid JSON");
  expect("/match/default", "[]", 400, "must be a JSON object");
  expect("/match/default", "{}", 400, "queries: is required");
  expect("/match/default", R"({"queries": {"a": {"properties": {"name": [42]}}}})", 400,
         "queries.a.properties.name: must be an array of strings");
  expect("/match/default", R"({"queries": {"a": {"properties": {"birthDate": ["1960"]}}}})", 400,
         "queries.a.properties.name");
  expect("/match/default",
         R"({"queries": {"a": {"schema": "Dragon", "properties": {"name": ["x"]}}}})", 400,
         "unknown schema");
  expect("/match/default", R"({"queries": {}, "config": {"fuzzy": true}})", 400,
         "config.fuzzy: unknown config key");
  expect("/match/default", R"({"queries": {}, "weights": {"name": "high"}})", 400,
         "weights.name: must be a number");
  expect("/match/default",
         R"({"queries": {"a": {"properties": {"name": ["x"], "birthDate": ["soon"]}}}})", 400,
         "birthDate: not a date");
  std::string many = "{\"queries\": {";
  for (int i = 0; i < 101; ++i) {
    many += (i ? ", " : "") + std::string("\"q") + std::to_string(i) +
            "\": {\"properties\": {\"name\": [\"x\"]}}";
  }
  expect("/match/default", many + "}}", 400, "more than 100 queries");
  expect("/match/nowhere", kOmarQuery, 404, "dataset 'nowhere' not found");
  expect("/match/default?limit=abc", kOmarQuery, 400, "limit");
  expect("/match/default?threshold=2", kOmarQuery, 400, "threshold");
  expect("/match/default", std::string(100 * 1024, ' '), 413, "too large");
  expect("/nothing/here", "{}", 404, "no such endpoint");
}

TEST(HttpService, SearchEntitiesCatalogMetricsOpenApi) {
  Running server({});
  auto client = server.Client();
  auto search = client.Get("/search/default?q=Tehreek-e-Taliban%20Pakistan");
  ASSERT_EQ(search->status, 200) << search->body;
  EXPECT_NE(search->body.find("sdn:ttp"), std::string::npos);
  EXPECT_EQ(client.Get("/search/default")->status, 400);
  auto entity = client.Get("/entities/un:omar");
  ASSERT_EQ(entity->status, 200);
  EXPECT_NE(entity->body.find("\"birthDate\":[\"1960\"]"), std::string::npos) << entity->body;
  EXPECT_EQ(client.Get("/entities/un:nobody")->status, 404);
  auto catalog = client.Get("/catalog");
  ASSERT_EQ(catalog->status, 200);
  simdjson::dom::parser parser;
  auto doc = Parse(parser, catalog->body);
  EXPECT_EQ(int64_t(doc["index"]["entities"]), 3);
  EXPECT_EQ(std::string_view(doc["datasets"].at(0)["name"]), "sdn");
  EXPECT_EQ(int64_t(doc["datasets"].at(0)["entity_count"]), 2);
  auto metrics = client.Get("/metrics");
  ASSERT_EQ(metrics->status, 200);
  EXPECT_NE(metrics->body.find(
                "cordon_http_requests_total{route=\"/search/{dataset}\",status=\"200\"} 1"),
            std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("cordon_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(metrics->body.find("cordon_index_entities 3"), std::string::npos);
  auto openapi = client.Get("/openapi.json");
  ASSERT_EQ(openapi->status, 200);
  auto spec = Parse(parser, openapi->body);
  EXPECT_EQ(std::string_view(spec["openapi"]), "3.0.3");
  EXPECT_TRUE(spec["paths"]["/match/{dataset}"]["post"].is_object());
}

TEST(HttpService, ApiAndAdminKeys) {
  ServerOptions options;
  options.api_keys = {"api-key-0123456789"};
  options.admin_keys = {"admin-key-0123456789"};
  Running server(options);
  auto client = server.Client();
  EXPECT_EQ(client.Get("/healthz")->status, 200);
  EXPECT_EQ(client.Get("/readyz")->status, 200);
  EXPECT_EQ(client.Get("/catalog")->status, 401);
  EXPECT_EQ(client.Post("/match/default", kOmarQuery, "application/json")->status, 401);
  httplib::Headers wrong = {{"Authorization", "Bearer api-key-0123456780"}};
  EXPECT_EQ(client.Get("/catalog", wrong)->status, 401);
  httplib::Headers api = {{"Authorization", "Bearer api-key-0123456789"}};
  EXPECT_EQ(client.Get("/catalog", api)->status, 200);
  EXPECT_EQ(client.Post("/match/default", api, kOmarQuery, "application/json")->status, 200);
  EXPECT_EQ(client.Post("/admin/reload", api, "", "application/json")->status, 401);
  httplib::Headers admin = {{"Authorization", "Bearer admin-key-0123456789"}};
  EXPECT_EQ(client.Post("/admin/reload", admin, "", "application/json")->status, 200);
}

TEST(HttpService, AdminDisabledWithoutAdminKeysAndOpenHostNeedsKeys) {
  Running server({});
  EXPECT_EQ(server.Client().Post("/admin/reload", "", "application/json")->status, 403);
  ServerOptions open;
  open.host = "0.0.0.0";
  auto refused = HttpService::Create(open, [] { return Screener::Create(Entities(false)); });
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message().find("without API keys"), std::string::npos);
  open.insecure = true;
  EXPECT_TRUE(HttpService::Create(open, [] { return Screener::Create(Entities(false)); }));
}

TEST(HttpService, ReloadSwapsTheIndexAndAFailedReloadKeepsTheOld) {
  std::atomic<int> loads{0};
  std::atomic<bool> fail{false};
  ServerOptions options;
  options.admin_keys = {"admin-key-0123456789"};
  Running server(options, [&]() -> Result<std::unique_ptr<Screener>> {
    if (fail.load()) return Status::NotFound("lists/sdn.xml: cannot open");
    return Screener::Create(Entities(loads++ > 0));
  });
  auto client = server.Client();
  EXPECT_EQ(client.Get("/entities/sdn:new")->status, 404);
  httplib::Headers admin = {{"Authorization", "Bearer admin-key-0123456789"}};
  auto reloaded = client.Post("/admin/reload", admin, "", "application/json");
  ASSERT_EQ(reloaded->status, 200) << reloaded->body;
  EXPECT_EQ(client.Get("/entities/sdn:new")->status, 200);
  fail = true;
  auto failed = client.Post("/admin/reload", admin, "", "application/json");
  EXPECT_EQ(failed->status, 500);
  EXPECT_NE(failed->body.find("cannot open"), std::string::npos) << failed->body;
  EXPECT_EQ(client.Get("/entities/sdn:new")->status, 200);  // still the last good index
  auto metrics = client.Get("/metrics");
  EXPECT_NE(metrics->body.find("cordon_index_reloads_total{outcome=\"failed\"} 1"),
            std::string::npos);
}

TEST(HttpService, ReloadUnderLoadFailsNoRequest) {
  Running server({});
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::atomic<int> requests{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 3; ++c) {
    clients.emplace_back([&] {
      auto client = server.Client();
      while (!stop.load()) {
        auto res = client.Post("/match/default", kOmarQuery, "application/json");
        if (!res || res->status != 200 || res->body.find("un:omar") == std::string::npos) {
          ++failures;
        }
        ++requests;
      }
    });
  }
  for (int r = 0; r < 5; ++r) {
    EXPECT_TRUE(server.service().Reload().ok());
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop = true;
  for (std::thread& thread : clients) thread.join();
  EXPECT_GT(requests.load(), 0);
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace cordon
