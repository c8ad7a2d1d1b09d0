// Development accounts and roles the RBAC tests rely on. Local throw-away credentials only.
const TOKEN_ACCESS = 'admin::api-tokens.access';
const TOKEN_READ = 'admin::api-tokens.read';
const TOKEN_CREATE = 'admin::api-tokens.create';
const TOKEN_UPDATE = 'admin::api-tokens.update';

export const ROLES = {
  reader: {
    name: 'Token Reader',
    description: 'Can open the API tokens page and read tokens.',
    actions: [TOKEN_ACCESS, TOKEN_READ],
  },
  editor: {
    name: 'Token Editor',
    description: 'Can read, create and update API tokens, but not delete or regenerate them.',
    actions: [TOKEN_ACCESS, TOKEN_READ, TOKEN_CREATE, TOKEN_UPDATE],
  },
};

export const ACCOUNTS = {
  admin: { email: 'admin@imtokens.local', password: 'ImTokens-dev1', firstname: 'Ada', lastname: 'Admin' },
  reader: { email: 'reader@imtokens.local', password: 'Reader-dev1', firstname: 'Rita', lastname: 'Reader', role: 'reader' },
  editor: { email: 'editor@imtokens.local', password: 'Editor-dev1', firstname: 'Ed', lastname: 'Editor', role: 'editor' },
};
