// Samverkan in Azure: App Service on Linux (Node 20), Azure Bot (Teams channel), Cosmos DB for
// NoSQL, Key Vault, Application Insights. Deployed by the Microsoft 365 Agents Toolkit
// (m365agents.yml, `arm/deploy`) or by hand:
//   az deployment group create -g <rg> -f infra/azure.bicep -p infra/azure.parameters.json
// test/deploy/infrastructure.test.ts checks this file against the code (containers, partition
// keys, app settings, health path, start command).

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name, e.g. samverkan-prod.')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU (Basic or higher for health checks and several instances; P0v3 for production).')
param webAppSku string = 'P0v3'

@minValue(2)
@description('Instances of the bot. At least 2: App Service takes an instance that fails /readyz out of the load balancer, and jobs are shared through leases in Cosmos DB.')
param instanceCount int = 2

@allowed(['SingleTenant', 'UserAssignedMSI'])
@description('How the bot signs in to the Bot Connector. New multi-tenant registrations are no longer possible. SingleTenant uses the Entra app of the Toolkit\'s aadApp/create (also the tab\'s SSO app); UserAssignedMSI uses the managed identity made here (no secret).')
param botAppType string = 'SingleTenant'

@description('The Entra app (client) id of the bot, for SingleTenant (BOT_ID from aadApp/create).')
param botAadAppClientId string = ''

@secure()
@description('Its client secret, for SingleTenant (SECRET_BOT_PASSWORD). Stored in Key Vault.')
param botAadAppClientSecret string = ''

@description('Display name of the bot in Azure.')
param botDisplayName string = 'Samverkan'

@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('Entra tenant ids served (ALLOWED_TENANTS), comma-separated. Default: this subscription\'s tenant.')
param allowedTenants string = tenant().tenantId

@description('aadObjectIds made admins at start (ADMIN_IDS), comma-separated.')
param adminIds string = ''

@secure()
@description('JOBS_KEY for POST /api/jobs/<name>/run (openssl rand -hex 32). Empty: the endpoint does not exist. Stored in Key Vault.')
param jobsKey string = ''

@allowed(['roster', 'tenant'])
param readAccess string = 'roster'

@allowed(['serverless', 'autoscale'])
@description('Cosmos DB capacity: serverless (pay per request; the default, right for a few hundred users) or autoscale provisioned throughput shared by the database.')
param cosmosCapacityMode string = 'serverless'

@minValue(1000)
@description('Autoscale maximum RU/s of the database (autoscale only; scales between 10 % and this).')
param cosmosAutoscaleMaxThroughput int = 1000

param cosmosDatabaseName string = 'samverkan'

// The containers of src/storage/containers.ts, all partitioned by tenant.
var cosmosContainers = [
  'reference'
  'conversations'
  'reports'
  'jobs'
  'audit'
  'plans'
  'questions'
]
var cosmosPartitionKeyPath = '/tenantId'

var serverless = cosmosCapacityMode == 'serverless'
var keyVaultName = take('${resourceBaseName}kv${uniqueString(resourceGroup().id)}', 24)
var cosmosAccountName = toLower(take('${resourceBaseName}-cosmos-${uniqueString(resourceGroup().id)}', 44))
var useSecret = botAppType == 'SingleTenant'
// Built-in role "Key Vault Secrets User".
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

var botAppId = useSecret ? botAadAppClientId : identity.properties.clientId

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [
      { locationName: location, failoverPriority: 0, isZoneRedundant: false }
    ]
    capabilities: serverless ? [ { name: 'EnableServerless' } ] : []
    // Point-in-time restore to any second of the last 30 days (README, "Drift").
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: 'Continuous30Days' }
    }
    minimalTlsVersion: 'Tls12'
    disableKeyBasedMetadataWriteAccess: false
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: { id: cosmosDatabaseName }
    options: serverless ? {} : { autoscaleSettings: { maxThroughput: cosmosAutoscaleMaxThroughput } }
  }
}

resource cosmosContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for name in cosmosContainers: {
    parent: cosmosDatabase
    name: name
    properties: {
      resource: {
        id: name
        partitionKey: { paths: [ cosmosPartitionKeyPath ], kind: 'Hash' }
      }
    }
  }
]

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource cosmosKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'cosmos-key'
  properties: { value: cosmos.listKeys().primaryMasterKey }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useSecret) {
  parent: keyVault
  name: 'bot-password'
  properties: { value: botAadAppClientSecret }
}

resource jobsKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(jobsKey)) {
  parent: keyVault
  name: 'jobs-key'
  properties: { value: jobsKey }
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with this identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Not ready (Cosmos DB unreachable, store not seeded, scheduler starting): out of the load balancer.
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'HOST', value: '0.0.0.0' }
        // The package is built and installed before the zip deploy (npm run package:app-service).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES', value: '3' }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_KEY', value: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${cosmosKeySecret.name})' }
        { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        { name: 'MicrosoftAppPassword', value: useSecret ? '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=bot-password)' : '' }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'ADMIN_IDS', value: adminIds }
        { name: 'JOBS_KEY', value: empty(jobsKey) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=jobs-key)' }
        { name: 'READ_ACCESS', value: readAccess }
        { name: 'SCHEDULER', value: '1' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ]
    }
  }
  dependsOn: [ secretsReader, cosmosContainer ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: useSecret ? null : identity.id
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Read by the Agents Toolkit into env/.env.<environment> (names in capitals).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = botAppId
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_BASE_URL string = 'https://${webApp.properties.defaultHostName}'
output COSMOS_ACCOUNT_NAME string = cosmos.name
output KEY_VAULT_NAME string = keyVault.name
output APPLICATION_INSIGHTS_NAME string = appInsights.name
