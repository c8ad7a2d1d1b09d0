const path = require('path');

// SQLite by default; PostgreSQL when DATABASE_CLIENT=postgres (scripts/strapi.sh sets it, with a
// throw-away cluster on loopback, for IMT_DB=postgres).
module.exports = ({ env }) => {
  if (env('DATABASE_CLIENT', 'sqlite') === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'imtokens'),
          user: env('DATABASE_USERNAME', 'strapi'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: false,
        },
        pool: { min: 0, max: 5 },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        // resolve, not join: an absolute DATABASE_FILENAME (a state directory of its own) stays as it is.
        filename: path.resolve(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};
