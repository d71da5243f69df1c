// The OpenAPI 3 document served at /openapi.json.
#ifndef CORDON_SERVER_OPENAPI_H_
#define CORDON_SERVER_OPENAPI_H_

#include <string_view>

namespace cordon::server {

std::string_view OpenApiDocument();

}  // namespace cordon::server

#endif  // CORDON_SERVER_OPENAPI_H_
