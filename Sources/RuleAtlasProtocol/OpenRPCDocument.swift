// Generated from proto-docs/openrpc.json by OpenRPCDocumentTests; edit the JSON, not this file.
enum OpenRPCDocument {
    static let text = #"""
{
  "openrpc": "1.3.2",
  "info": {
    "title": "RuleAtlas",
    "version": "0.1.0",
    "description": "ruleatlasd: what public detection-rule corpora know about each ATT&CK technique, served as JSON-RPC 2.0 on a Unix socket. Named params only; omitted params or [] mean none. See proto-docs/README.md for framing, limits and error codes."
  },
  "servers": [
    {
      "name": "ruleatlasd",
      "url": "unix:$XDG_RUNTIME_DIR/ruleatlas.sock",
      "description": "Unix domain socket; newline-delimited or Content-Length framing, detected per connection."
    }
  ],
  "methods": [
    {
      "name": "rpc.discover",
      "summary": "This OpenRPC document.",
      "description": "The result is this document; the example shows its first members only.",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "$ref": "https://raw.githubusercontent.com/open-rpc/meta-schema/master/schema.json"
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        }
      ],
      "examples": [
        {
          "name": "discover",
          "params": [],
          "result": {
            "name": "result",
            "value": {
              "openrpc": "1.3.2",
              "info": {
                "title": "RuleAtlas",
                "version": "0.1.0"
              },
              "methods": []
            }
          }
        }
      ]
    },
    {
      "name": "server.ping",
      "summary": "Liveness check.",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "type": "string",
          "const": "pong"
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        }
      ],
      "examples": [
        {
          "name": "ping",
          "params": [],
          "result": {
            "name": "result",
            "value": "pong"
          }
        }
      ]
    },
    {
      "name": "server.status",
      "summary": "What the daemon serves and how it is doing.",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "version": {
              "type": "string"
            },
            "generation": {
              "type": "integer"
            },
            "startedAt": {
              "type": "string",
              "format": "date-time"
            },
            "loadedAt": {
              "type": [
                "string",
                "null"
              ],
              "format": "date-time"
            },
            "rules": {
              "type": "object",
              "properties": {
                "total": {
                  "type": "integer"
                },
                "byVendor": {
                  "$ref": "#/components/schemas/VendorCounts"
                }
              },
              "required": [
                "total",
                "byVendor"
              ],
              "additionalProperties": false
            },
            "files": {
              "type": "object",
              "properties": {
                "total": {
                  "type": "integer"
                },
                "failed": {
                  "type": "integer"
                },
                "skipped": {
                  "type": "object",
                  "description": "Files of a recognised vendor whose parser this build lacks, per vendor (counted, not errors).",
                  "additionalProperties": {
                    "type": "integer"
                  }
                }
              },
              "required": [
                "total",
                "failed"
              ],
              "additionalProperties": false
            },
            "diagnostics": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Diagnostic"
              }
            },
            "connections": {
              "type": "integer"
            },
            "requests": {
              "type": "integer"
            },
            "lastReload": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "ms": {
                  "type": "integer"
                },
                "files": {
                  "type": "integer"
                }
              },
              "required": [
                "ms",
                "files"
              ],
              "description": "The last reload (watcher-driven, SIGHUP or server.reload): wall time in ms and files read again; null before the first reload."
            },
            "limits": {
              "type": "object",
              "properties": {
                "maxMessageBytes": {
                  "type": "integer"
                },
                "maxHeaderLineBytes": {
                  "type": "integer"
                },
                "maxBatchItems": {
                  "type": "integer"
                },
                "maxBatchResponseBytes": {
                  "type": "integer"
                },
                "maxConnections": {
                  "type": "integer"
                },
                "maxConnectionsPerUID": {
                  "type": "integer"
                },
                "outputPauseBytes": {
                  "type": "integer"
                },
                "outputDropBytes": {
                  "type": "integer"
                },
                "writeStallSeconds": {
                  "type": "integer"
                },
                "partialMessageSeconds": {
                  "type": "integer"
                }
              },
              "required": [
                "maxMessageBytes",
                "maxHeaderLineBytes",
                "maxBatchItems",
                "maxBatchResponseBytes",
                "maxConnections",
                "maxConnectionsPerUID",
                "outputPauseBytes",
                "outputDropBytes",
                "writeStallSeconds",
                "partialMessageSeconds"
              ],
              "additionalProperties": false
            },
            "pendingChanges": {
              "type": "integer",
              "description": "Changed files and directories seen by the watchers and not yet in a published generation (a full rescan waiting counts 1)."
            }
          },
          "required": [
            "version",
            "generation",
            "startedAt",
            "loadedAt",
            "rules",
            "files",
            "diagnostics",
            "connections",
            "requests",
            "lastReload",
            "limits"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        }
      ],
      "examples": [
        {
          "name": "status",
          "params": [],
          "result": {
            "name": "result",
            "value": {
              "version": "0.1.0",
              "generation": 1,
              "startedAt": "2026-12-04T20:48:21Z",
              "loadedAt": "2026-12-04T20:48:23Z",
              "rules": {
                "total": 4321,
                "byVendor": {
                  "sigma": 3100,
                  "elastic": 1221,
                  "splunk": 0,
                  "kql": 0
                }
              },
              "files": {
                "total": 4330,
                "failed": 2
              },
              "diagnostics": [
                {
                  "path": "rules/windows/broken.yml",
                  "line": 3,
                  "column": 1,
                  "severity": "error",
                  "message": "mapping values are not allowed here"
                }
              ],
              "connections": 1,
              "requests": 17,
              "lastReload": {
                "ms": 1840,
                "files": 4330
              },
              "limits": {
                "maxMessageBytes": 16777216,
                "maxHeaderLineBytes": 8192,
                "maxBatchItems": 1000,
                "maxBatchResponseBytes": 25000000,
                "maxConnections": 1024,
                "maxConnectionsPerUID": 256,
                "outputPauseBytes": 1048576,
                "outputDropBytes": 33554432,
                "writeStallSeconds": 10,
                "partialMessageSeconds": 30
              },
              "pendingChanges": 0
            }
          }
        }
      ]
    },
    {
      "name": "server.reload",
      "summary": "Full rescan of every --rules root (also on SIGHUP).",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "generation": {
              "type": "integer"
            }
          },
          "required": [
            "generation"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        }
      ],
      "examples": [
        {
          "name": "reload",
          "params": [],
          "result": {
            "name": "result",
            "value": {
              "generation": 2
            }
          }
        }
      ],
      "description": "Scans every --rules root again, reads every rule file there and in the index, and publishes the next generation when anything differs (the generation stays when nothing did). The reply comes after the rescan is published. SIGHUP asks for the same rescan without waiting for it. Between rescans the daemon follows the roots by itself (one file watcher per directory, changes coalesced for --debounce-ms, default 100); a file that stops parsing keeps its last good rules and reports a diagnostic (decisions/0700-live-reload.md)."
    },
    {
      "name": "technique.get",
      "summary": "Everything the corpora know about one technique.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "id",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/TechniqueID"
          },
          "description": "Technique id, case-insensitive (t1543.003)."
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most fields, indicators and exclusions returned (full sizes in distinct*).",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "technique": {
              "type": "object",
              "properties": {
                "id": {
                  "$ref": "#/components/schemas/TechniqueID"
                },
                "name": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "tactics": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "parent": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/TechniqueID"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "subtechniques": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TechniqueID"
                  }
                },
                "known": {
                  "type": "boolean"
                },
                "revokedBy": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/TechniqueID"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "related": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TechniqueID"
                  }
                }
              },
              "required": [
                "id",
                "name",
                "description",
                "tactics",
                "parent",
                "subtechniques",
                "known",
                "revokedBy",
                "related"
              ],
              "additionalProperties": false
            },
            "ruleCount": {
              "type": "integer"
            },
            "rulesByVendor": {
              "type": "object",
              "additionalProperties": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "title": {
                      "type": "string"
                    },
                    "path": {
                      "type": "string"
                    },
                    "level": {
                      "$ref": "#/components/schemas/Level"
                    }
                  },
                  "required": [
                    "id",
                    "title",
                    "path",
                    "level"
                  ],
                  "additionalProperties": false
                }
              }
            },
            "events": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "provider": {
                    "type": "string"
                  },
                  "eventId": {
                    "type": "integer"
                  },
                  "title": {
                    "type": "string"
                  },
                  "link": {
                    "type": "string",
                    "enum": [
                      "exact",
                      "candidate",
                      "equivalent"
                    ]
                  },
                  "rules": {
                    "type": "integer"
                  }
                },
                "required": [
                  "provider",
                  "eventId",
                  "title",
                  "link",
                  "rules"
                ],
                "additionalProperties": false
              }
            },
            "fields": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string"
                  },
                  "rules": {
                    "type": "integer"
                  },
                  "ops": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    }
                  },
                  "samples": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "required": [
                  "field",
                  "rules",
                  "ops",
                  "samples"
                ],
                "additionalProperties": false
              }
            },
            "indicators": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string"
                  },
                  "op": {
                    "$ref": "#/components/schemas/Op"
                  },
                  "value": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rulesHere": {
                    "type": "integer"
                  },
                  "corpusReach": {
                    "type": "integer"
                  }
                },
                "required": [
                  "field",
                  "op",
                  "value",
                  "rulesHere",
                  "corpusReach"
                ],
                "additionalProperties": false
              }
            },
            "exclusions": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string"
                  },
                  "op": {
                    "$ref": "#/components/schemas/Op"
                  },
                  "value": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rules": {
                    "type": "integer"
                  }
                },
                "required": [
                  "field",
                  "op",
                  "value",
                  "rules"
                ],
                "additionalProperties": false
              }
            },
            "distinctFields": {
              "type": "integer"
            },
            "distinctIndicators": {
              "type": "integer"
            },
            "distinctExclusions": {
              "type": "integer"
            }
          },
          "required": [
            "technique",
            "ruleCount",
            "rulesByVendor",
            "events",
            "fields",
            "indicators",
            "exclusions",
            "distinctFields",
            "distinctIndicators",
            "distinctExclusions"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/NotFound"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "service creation",
          "params": [
            {
              "name": "id",
              "value": "t1543.003"
            },
            {
              "name": "limit",
              "value": 1
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "technique": {
                "id": "T1543.003",
                "name": "Windows Service",
                "description": null,
                "tactics": [
                  "persistence",
                  "privilege-escalation"
                ],
                "parent": "T1543",
                "subtechniques": [],
                "known": true,
                "revokedBy": null,
                "related": [
                  "T1031",
                  "T1050"
                ]
              },
              "ruleCount": 9,
              "rulesByVendor": {
                "sigma": [
                  {
                    "id": "e5cb673d-6fe5-45cb-bd7f-acde356121f7",
                    "title": "Service Binary Path Changed To A User Folder",
                    "path": "sample/sigma/proc_creation_sc_config_binpath_user_dir.yml",
                    "level": "high"
                  },
                  {
                    "id": "ac2c0927-fadb-45e2-838a-8ae6efa72773",
                    "title": "Service Created From A PowerShell Script",
                    "path": "sample/sigma/ps_script_new_service.yml",
                    "level": "low"
                  },
                  {
                    "id": "972f193a-e513-4989-9f7b-53bdf835920c",
                    "title": "Service Created With Sc.exe",
                    "path": "sample/sigma/proc_creation_sc_create_service.yml",
                    "level": "medium"
                  },
                  {
                    "id": "28496bde-6df7-461c-9bb7-b848ad62d9e6",
                    "title": "Service ImagePath Set To A Temporary Folder",
                    "path": "sample/sigma/registry_set_service_imagepath.yml",
                    "level": "medium"
                  },
                  {
                    "id": "5f275014-c686-4749-b421-f012c2acdc68",
                    "title": "Service Installed From A User-Writable Folder",
                    "path": "sample/sigma/system_service_install_user_writable.yml",
                    "level": "high"
                  },
                  {
                    "id": "259d0483-0d1c-4d16-aef3-930a18e970cb",
                    "title": "Service Installed With A Shell Command Line",
                    "path": "sample/sigma/system_service_install_shell_command.yml",
                    "level": "high"
                  },
                  {
                    "id": "ce982f84-8bad-4253-8135-1a2294556d19",
                    "title": "Service With PowerShell Installed (Security Log)",
                    "path": "sample/sigma/security_service_install_powershell.yml",
                    "level": "high"
                  }
                ],
                "elastic": [
                  {
                    "id": "7f3c2a10-5b7e-4c61-9a0e-2d8e1f4b6a01",
                    "title": "Service Binary Path Set via sc.exe",
                    "path": "sample/elastic/persistence_service_created_via_sc.toml",
                    "level": "medium"
                  },
                  {
                    "id": "9a7b3c5d-1e2f-4a6b-8c9d-0e1f2a3b4c05",
                    "title": "Service Installed from a Temporary Folder",
                    "path": "sample/elastic/persistence_service_installed_from_temp.toml",
                    "level": "high"
                  }
                ]
              },
              "events": [
                {
                  "provider": "Security-Auditing",
                  "eventId": 4688,
                  "title": "A new process has been created.",
                  "link": "candidate",
                  "rules": 3
                },
                {
                  "provider": "Service-Control-Manager",
                  "eventId": 7045,
                  "title": "A service was installed in the system.",
                  "link": "exact",
                  "rules": 3
                },
                {
                  "provider": "Sysmon",
                  "eventId": 1,
                  "title": "Process creation",
                  "link": "candidate",
                  "rules": 3
                },
                {
                  "provider": "PowerShell",
                  "eventId": 4104,
                  "title": "Script block logging: creating scriptblock text",
                  "link": "exact",
                  "rules": 1
                },
                {
                  "provider": "Security-Auditing",
                  "eventId": 4657,
                  "title": "A registry value was modified.",
                  "link": "candidate",
                  "rules": 1
                },
                {
                  "provider": "Security-Auditing",
                  "eventId": 4697,
                  "title": "A service was installed in the system.",
                  "link": "exact",
                  "rules": 1
                },
                {
                  "provider": "Sysmon",
                  "eventId": 13,
                  "title": "RegistryEvent (Value Set)",
                  "link": "exact",
                  "rules": 1
                }
              ],
              "fields": [
                {
                  "field": "EventID",
                  "rules": 4,
                  "ops": {
                    "eq": 4
                  },
                  "samples": [
                    "7045",
                    "4697"
                  ]
                }
              ],
              "indicators": [
                {
                  "field": "EventID",
                  "op": "eq",
                  "value": "7045",
                  "rulesHere": 3,
                  "corpusReach": 4
                }
              ],
              "exclusions": [
                {
                  "field": "Image",
                  "op": "eq",
                  "value": "C:\\Windows\\system32\\services.exe",
                  "rules": 1
                }
              ],
              "distinctFields": 12,
              "distinctIndicators": 35,
              "distinctExclusions": 8
            }
          }
        }
      ]
    },
    {
      "name": "technique.search",
      "summary": "Techniques by id prefix or name words.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "query",
          "required": true,
          "schema": {
            "type": "string"
          },
          "description": "An id prefix (T1543, t15) or words of the name."
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most items returned; above 1000 is error 1002.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        },
        {
          "name": "offset",
          "required": false,
          "description": "Items skipped before the first returned.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "default": 0
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "total": {
              "type": "integer"
            },
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/TechniqueID"
                  },
                  "name": {
                    "type": "string"
                  },
                  "tactics": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "ruleCount": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "tactics",
                  "ruleCount"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "total",
            "items"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "by name",
          "params": [
            {
              "name": "query",
              "value": "windows service"
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "total": 1,
              "items": [
                {
                  "id": "T1543.003",
                  "name": "Windows Service",
                  "tactics": [
                    "persistence",
                    "privilege-escalation"
                  ],
                  "ruleCount": 9
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "coverage.matrix",
      "summary": "Every technique with a rule (every catalog technique with all), counts per vendor, sorted by id.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "all",
          "required": false,
          "schema": {
            "type": "boolean",
            "default": false
          },
          "description": "Include catalog techniques without rules."
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most items returned; above 1000 is error 1002.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        },
        {
          "name": "offset",
          "required": false,
          "description": "Items skipped before the first returned.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "default": 0
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "total": {
              "type": "integer"
            },
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/TechniqueID"
                  },
                  "name": {
                    "type": "string"
                  },
                  "tactics": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "rules": {
                    "$ref": "#/components/schemas/VendorCounts"
                  },
                  "total": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "name",
                  "tactics",
                  "rules",
                  "total"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "total",
            "items"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "sigma only",
          "params": [
            {
              "name": "vendors",
              "value": [
                "sigma"
              ]
            },
            {
              "name": "limit",
              "value": 1
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "total": 30,
              "items": [
                {
                  "id": "T1003",
                  "name": "OS Credential Dumping",
                  "tactics": [
                    "credential-access"
                  ],
                  "rules": {
                    "sigma": 4
                  },
                  "total": 4
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "coverage.layer",
      "summary": "An ATT&CK Navigator layer (format 4.5) scoring techniques by rule count.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "name",
          "required": false,
          "schema": {
            "type": "string",
            "default": "RuleAtlas coverage"
          },
          "description": "The layer's name."
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "versions": {
              "type": "object",
              "properties": {
                "attack": {
                  "type": "string"
                },
                "navigator": {
                  "type": "string"
                },
                "layer": {
                  "type": "string",
                  "const": "4.5"
                }
              },
              "required": [
                "attack",
                "navigator",
                "layer"
              ],
              "additionalProperties": false
            },
            "domain": {
              "type": "string"
            },
            "description": {
              "type": "string"
            },
            "techniques": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "techniqueID": {
                    "$ref": "#/components/schemas/TechniqueID"
                  },
                  "score": {
                    "type": "integer"
                  },
                  "enabled": {
                    "type": "boolean"
                  },
                  "metadata": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "value": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "name",
                        "value"
                      ],
                      "additionalProperties": false
                    }
                  }
                },
                "required": [
                  "techniqueID",
                  "score",
                  "enabled",
                  "metadata"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "name",
            "versions",
            "domain",
            "techniques"
          ]
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "layer",
          "params": [
            {
              "name": "name",
              "value": "Sigma coverage"
            },
            {
              "name": "vendors",
              "value": [
                "sigma"
              ]
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "name": "Sigma coverage",
              "versions": {
                "attack": "18",
                "navigator": "5.1.0",
                "layer": "4.5"
              },
              "domain": "enterprise-attack",
              "description": "Rules per technique (sigma), generation 1",
              "sorting": 3,
              "hideDisabled": false,
              "techniques": [
                {
                  "techniqueID": "T1003",
                  "score": 4,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "LSASS Dump File Written"
                    },
                    {
                      "name": "rule",
                      "value": "LSASS Dumped With Comsvcs MiniDump"
                    },
                    {
                      "name": "rule",
                      "value": "LSASS Memory Read By An Unexpected Process"
                    },
                    {
                      "name": "rule",
                      "value": "ProcDump Writing A Full LSASS Dump"
                    }
                  ]
                },
                {
                  "techniqueID": "T1003.001",
                  "score": 4,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "LSASS Dump File Written"
                    },
                    {
                      "name": "rule",
                      "value": "LSASS Dumped With Comsvcs MiniDump"
                    },
                    {
                      "name": "rule",
                      "value": "LSASS Memory Read By An Unexpected Process"
                    },
                    {
                      "name": "rule",
                      "value": "ProcDump Writing A Full LSASS Dump"
                    }
                  ]
                },
                {
                  "techniqueID": "T1027",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "PowerShell With An Encoded Command"
                    }
                  ]
                },
                {
                  "techniqueID": "T1053",
                  "score": 3,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Scheduled Task Created With A Suspicious Action"
                    },
                    {
                      "name": "rule",
                      "value": "Scheduled Task Running As SYSTEM At Logon"
                    },
                    {
                      "name": "rule",
                      "value": "Scheduled Task With A PowerShell Action Registered"
                    }
                  ]
                },
                {
                  "techniqueID": "T1053.005",
                  "score": 3,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Scheduled Task Created With A Suspicious Action"
                    },
                    {
                      "name": "rule",
                      "value": "Scheduled Task Running As SYSTEM At Logon"
                    },
                    {
                      "name": "rule",
                      "value": "Scheduled Task With A PowerShell Action Registered"
                    }
                  ]
                },
                {
                  "techniqueID": "T1059",
                  "score": 6,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "AMSI Bypass Through Reflection"
                    },
                    {
                      "name": "rule",
                      "value": "Hidden PowerShell Window With Execution Policy Bypass"
                    },
                    {
                      "name": "rule",
                      "value": "Office Application Starts PowerShell"
                    },
                    {
                      "name": "rule",
                      "value": "PowerShell Download Cradle In A Script Block"
                    },
                    {
                      "name": "rule",
                      "value": "PowerShell With An Encoded Command"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created From A PowerShell Script"
                    }
                  ]
                },
                {
                  "techniqueID": "T1059.001",
                  "score": 6,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "AMSI Bypass Through Reflection"
                    },
                    {
                      "name": "rule",
                      "value": "Hidden PowerShell Window With Execution Policy Bypass"
                    },
                    {
                      "name": "rule",
                      "value": "Office Application Starts PowerShell"
                    },
                    {
                      "name": "rule",
                      "value": "PowerShell Download Cradle In A Script Block"
                    },
                    {
                      "name": "rule",
                      "value": "PowerShell With An Encoded Command"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created From A PowerShell Script"
                    }
                  ]
                },
                {
                  "techniqueID": "T1070",
                  "score": 3,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Event Log Cleared With Wevtutil"
                    },
                    {
                      "name": "rule",
                      "value": "Security Audit Log Cleared"
                    },
                    {
                      "name": "rule",
                      "value": "Shell History Cleared"
                    }
                  ]
                },
                {
                  "techniqueID": "T1070.001",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Event Log Cleared With Wevtutil"
                    },
                    {
                      "name": "rule",
                      "value": "Security Audit Log Cleared"
                    }
                  ]
                },
                {
                  "techniqueID": "T1070.003",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Shell History Cleared"
                    }
                  ]
                },
                {
                  "techniqueID": "T1105",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Certutil Downloading Or Decoding A File"
                    },
                    {
                      "name": "rule",
                      "value": "PowerShell Download Cradle In A Script Block"
                    }
                  ]
                },
                {
                  "techniqueID": "T1110",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Failed Logon"
                    },
                    {
                      "name": "rule",
                      "value": "Many Failed Logons For One Account"
                    }
                  ]
                },
                {
                  "techniqueID": "T1110.001",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Failed Logon"
                    },
                    {
                      "name": "rule",
                      "value": "Many Failed Logons For One Account"
                    }
                  ]
                },
                {
                  "techniqueID": "T1140",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Certutil Downloading Or Decoding A File"
                    }
                  ]
                },
                {
                  "techniqueID": "T1204",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Office Application Starts PowerShell"
                    }
                  ]
                },
                {
                  "techniqueID": "T1204.002",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Office Application Starts PowerShell"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218",
                  "score": 6,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "InstallUtil Loading An Assembly From A User Folder"
                    },
                    {
                      "name": "rule",
                      "value": "LSASS Dumped With Comsvcs MiniDump"
                    },
                    {
                      "name": "rule",
                      "value": "Mshta Running Remote Or Inline Script"
                    },
                    {
                      "name": "rule",
                      "value": "Msiexec Installing A Remote Package Quietly"
                    },
                    {
                      "name": "rule",
                      "value": "Regsvr32 Loading A Remote Scriptlet"
                    },
                    {
                      "name": "rule",
                      "value": "Rundll32 Running JavaScript"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218.004",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "InstallUtil Loading An Assembly From A User Folder"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218.005",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Mshta Running Remote Or Inline Script"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218.007",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Msiexec Installing A Remote Package Quietly"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218.010",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Regsvr32 Loading A Remote Scriptlet"
                    }
                  ]
                },
                {
                  "techniqueID": "T1218.011",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "LSASS Dumped With Comsvcs MiniDump"
                    },
                    {
                      "name": "rule",
                      "value": "Rundll32 Running JavaScript"
                    }
                  ]
                },
                {
                  "techniqueID": "T1543",
                  "score": 7,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Service Binary Path Changed To A User Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created From A PowerShell Script"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created With Sc.exe"
                    },
                    {
                      "name": "rule",
                      "value": "Service ImagePath Set To A Temporary Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed From A User-Writable Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed With A Shell Command Line"
                    },
                    {
                      "name": "rule",
                      "value": "Service With PowerShell Installed (Security Log)"
                    }
                  ]
                },
                {
                  "techniqueID": "T1543.003",
                  "score": 7,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Service Binary Path Changed To A User Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created From A PowerShell Script"
                    },
                    {
                      "name": "rule",
                      "value": "Service Created With Sc.exe"
                    },
                    {
                      "name": "rule",
                      "value": "Service ImagePath Set To A Temporary Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed From A User-Writable Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed With A Shell Command Line"
                    },
                    {
                      "name": "rule",
                      "value": "Service With PowerShell Installed (Security Log)"
                    }
                  ]
                },
                {
                  "techniqueID": "T1547",
                  "score": 3,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Run Key Added With Reg.exe"
                    },
                    {
                      "name": "rule",
                      "value": "Run Key Points To A Suspicious Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Script Or Shortcut Dropped In A Startup Folder"
                    }
                  ]
                },
                {
                  "techniqueID": "T1547.001",
                  "score": 3,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "Run Key Added With Reg.exe"
                    },
                    {
                      "name": "rule",
                      "value": "Run Key Points To A Suspicious Folder"
                    },
                    {
                      "name": "rule",
                      "value": "Script Or Shortcut Dropped In A Startup Folder"
                    }
                  ]
                },
                {
                  "techniqueID": "T1562",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "AMSI Bypass Through Reflection"
                    }
                  ]
                },
                {
                  "techniqueID": "T1562.001",
                  "score": 1,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "AMSI Bypass Through Reflection"
                    }
                  ]
                },
                {
                  "techniqueID": "T1569",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "PsExec Service Installed"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed With A Shell Command Line"
                    }
                  ]
                },
                {
                  "techniqueID": "T1569.002",
                  "score": 2,
                  "enabled": true,
                  "metadata": [
                    {
                      "name": "rule",
                      "value": "PsExec Service Installed"
                    },
                    {
                      "name": "rule",
                      "value": "Service Installed With A Shell Command Line"
                    }
                  ]
                }
              ],
              "gradient": {
                "colors": [
                  "#ffffffff",
                  "#66b1ffff"
                ],
                "minValue": 0,
                "maxValue": 7
              },
              "legendItems": [],
              "showTacticRowBackground": false,
              "selectTechniquesAcrossTactics": true
            }
          }
        }
      ]
    },
    {
      "name": "indicators.rank",
      "summary": "Indicators (field, op, value) ranked, always descending.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "technique",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/TechniqueID"
          },
          "description": "Rank within this technique's rules; without it rulesHere is the whole corpus."
        },
        {
          "name": "field",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "Canonical field."
        },
        {
          "name": "op",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/Op"
          }
        },
        {
          "name": "polarity",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "positive",
              "exclusion"
            ],
            "default": "positive"
          }
        },
        {
          "name": "sort",
          "required": false,
          "schema": {
            "type": "string",
            "enum": [
              "rules",
              "reach",
              "specificity"
            ],
            "default": "rules"
          }
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most items returned; above 1000 is error 1002.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        },
        {
          "name": "offset",
          "required": false,
          "description": "Items skipped before the first returned.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "default": 0
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "total": {
              "type": "integer"
            },
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string"
                  },
                  "op": {
                    "$ref": "#/components/schemas/Op"
                  },
                  "value": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rulesHere": {
                    "type": "integer"
                  },
                  "corpusReach": {
                    "type": "integer"
                  },
                  "specificity": {
                    "type": "number"
                  }
                },
                "required": [
                  "field",
                  "op",
                  "value",
                  "rulesHere",
                  "corpusReach",
                  "specificity"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "total",
            "items"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "most specific",
          "params": [
            {
              "name": "technique",
              "value": "T1543.003"
            },
            {
              "name": "sort",
              "value": "specificity"
            },
            {
              "name": "limit",
              "value": 1
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "total": 35,
              "items": [
                {
                  "field": "Image",
                  "op": "ends_with",
                  "value": "\\sc.exe",
                  "rulesHere": 3,
                  "corpusReach": 3,
                  "specificity": 1
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "indicators.lookup",
      "summary": "Where one indicator is used.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "field",
          "required": true,
          "schema": {
            "type": "string"
          },
          "description": "Canonical field."
        },
        {
          "name": "value",
          "required": true,
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "op",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/Op"
          }
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most rules returned in rules.items; above 1000 is error 1002.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        },
        {
          "name": "offset",
          "required": false,
          "description": "Items skipped before the first returned.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "default": 0
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "corpusReach": {
              "type": "integer"
            },
            "techniques": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/TechniqueRuleCount"
              }
            },
            "rules": {
              "type": "object",
              "properties": {
                "total": {
                  "type": "integer"
                },
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/RuleSummary"
                  }
                }
              },
              "required": [
                "total",
                "items"
              ],
              "additionalProperties": false
            }
          },
          "required": [
            "corpusReach",
            "techniques",
            "rules"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "sc.exe",
          "params": [
            {
              "name": "field",
              "value": "Image"
            },
            {
              "name": "value",
              "value": "\\sc.exe"
            },
            {
              "name": "op",
              "value": "ends_with"
            },
            {
              "name": "limit",
              "value": 1
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "corpusReach": 3,
              "techniques": [
                {
                  "id": "T1543",
                  "rules": 3
                },
                {
                  "id": "T1543.003",
                  "rules": 3
                }
              ],
              "rules": {
                "total": 3,
                "items": [
                  {
                    "id": "e5cb673d-6fe5-45cb-bd7f-acde356121f7",
                    "title": "Service Binary Path Changed To A User Folder",
                    "vendor": "sigma",
                    "path": "sample/sigma/proc_creation_sc_config_binpath_user_dir.yml",
                    "techniques": [
                      "T1543.003"
                    ]
                  }
                ]
              }
            }
          }
        }
      ]
    },
    {
      "name": "rule.get",
      "summary": "One rule in full.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "id",
          "required": true,
          "schema": {
            "type": "string"
          },
          "description": "The rule id (Sigma id, Elastic rule_id, ...)."
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "$ref": "#/components/schemas/RuleDetail"
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/NotFound"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "sigma rule",
          "params": [
            {
              "name": "id",
              "value": "972f193a-e513-4989-9f7b-53bdf835920c"
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "id": "972f193a-e513-4989-9f7b-53bdf835920c",
              "title": "Service Created With Sc.exe",
              "vendor": "sigma",
              "path": "sample/sigma/proc_creation_sc_create_service.yml",
              "techniques": [
                "T1543.003"
              ],
              "events": [
                {
                  "provider": "Security-Auditing",
                  "eventId": 4688,
                  "link": "candidate"
                },
                {
                  "provider": "Sysmon",
                  "eventId": 1,
                  "link": "candidate"
                }
              ],
              "level": "medium",
              "status": "test",
              "deprecated": false,
              "predicates": [
                {
                  "field": "Image",
                  "rawField": "Image",
                  "op": "ends_with",
                  "value": "\\sc.exe",
                  "polarity": "positive"
                },
                {
                  "field": "OriginalFileName",
                  "rawField": "OriginalFileName",
                  "op": "eq",
                  "value": "sc.exe",
                  "polarity": "positive"
                },
                {
                  "field": "CommandLine",
                  "rawField": "CommandLine",
                  "op": "match",
                  "value": " create ",
                  "polarity": "positive"
                },
                {
                  "field": "CommandLine",
                  "rawField": "CommandLine",
                  "op": "match",
                  "value": "binPath",
                  "polarity": "positive"
                },
                {
                  "field": "ParentImage",
                  "rawField": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\System32\\msiexec.exe",
                  "polarity": "exclusion"
                },
                {
                  "field": "ParentImage",
                  "rawField": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\SysWOW64\\msiexec.exe",
                  "polarity": "exclusion"
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "rules.search",
      "summary": "Rules by title words, technique and field.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "text",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "Words that must all occur in the title."
        },
        {
          "name": "technique",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/TechniqueID"
          }
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "field",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "A canonical field a predicate uses."
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        },
        {
          "name": "limit",
          "required": false,
          "description": "Most items returned; above 1000 is error 1002.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 20
          }
        },
        {
          "name": "offset",
          "required": false,
          "description": "Items skipped before the first returned.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "default": 0
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "total": {
              "type": "integer"
            },
            "items": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/RuleSummary"
              }
            }
          },
          "required": [
            "total",
            "items"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "by title",
          "params": [
            {
              "name": "text",
              "value": "service"
            },
            {
              "name": "vendors",
              "value": [
                "sigma"
              ]
            },
            {
              "name": "limit",
              "value": 3
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "total": 8,
              "items": [
                {
                  "id": "82a03da3-9548-48a4-896f-4a8929736420",
                  "title": "PsExec Service Installed",
                  "vendor": "sigma",
                  "path": "sample/sigma/system_psexec_service_install.yml",
                  "techniques": [
                    "T1569.002"
                  ]
                },
                {
                  "id": "e5cb673d-6fe5-45cb-bd7f-acde356121f7",
                  "title": "Service Binary Path Changed To A User Folder",
                  "vendor": "sigma",
                  "path": "sample/sigma/proc_creation_sc_config_binpath_user_dir.yml",
                  "techniques": [
                    "T1543.003"
                  ]
                },
                {
                  "id": "ac2c0927-fadb-45e2-838a-8ae6efa72773",
                  "title": "Service Created From A PowerShell Script",
                  "vendor": "sigma",
                  "path": "sample/sigma/ps_script_new_service.yml",
                  "techniques": [
                    "T1543.003",
                    "T1059.001"
                  ]
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "event.get",
      "summary": "One catalog event, its fields and the techniques whose rules read it.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "provider",
          "required": true,
          "schema": {
            "type": "string"
          },
          "description": "Short provider name (Sysmon, Security-Auditing, Service-Control-Manager)."
        },
        {
          "name": "eventId",
          "required": true,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        },
        {
          "name": "includeDeprecated",
          "required": false,
          "description": "Count deprecated rules too (PREDICATES.md says which are).",
          "schema": {
            "type": "boolean",
            "default": false
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "provider": {
              "type": "string"
            },
            "eventId": {
              "type": "integer"
            },
            "title": {
              "type": "string"
            },
            "fields": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "techniques": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/TechniqueRuleCount"
              }
            }
          },
          "required": [
            "provider",
            "eventId",
            "title",
            "fields",
            "techniques"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/NotFound"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "service installed",
          "params": [
            {
              "name": "provider",
              "value": "Service-Control-Manager"
            },
            {
              "name": "eventId",
              "value": 7045
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "provider": "Service-Control-Manager",
              "eventId": 7045,
              "title": "A service was installed in the system.",
              "fields": [
                "ServiceName",
                "ImagePath",
                "ServiceType",
                "StartType",
                "AccountName"
              ],
              "techniques": [
                {
                  "id": "T1543",
                  "rules": 3
                },
                {
                  "id": "T1543.003",
                  "rules": 3
                },
                {
                  "id": "T1569",
                  "rules": 2
                },
                {
                  "id": "T1569.002",
                  "rules": 2
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "authoring.analyze",
      "summary": "Parses rule text as the corpus parsers would.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "text",
          "required": true,
          "schema": {
            "type": "string"
          },
          "description": "The rule text."
        },
        {
          "name": "format",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/Vendor"
          },
          "description": "Detected from the text when absent."
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "rule": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/RuleDetail"
                },
                {
                  "type": "null"
                }
              ]
            },
            "diagnostics": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Diagnostic"
              }
            }
          },
          "required": [
            "rule",
            "diagnostics"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "sigma draft",
          "params": [
            {
              "name": "text",
              "value": "title: Sc create\nlogsource: {category: process_creation, product: windows}\ndetection:\n  sel: {Image|endswith: '\\\\sc.exe'}\n  condition: sel\n"
            },
            {
              "name": "format",
              "value": "sigma"
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "rule": {
                "id": "<draft>",
                "title": "Sc create",
                "vendor": "sigma",
                "techniques": [],
                "events": [
                  {
                    "provider": "Security-Auditing",
                    "eventId": 4688,
                    "link": "candidate"
                  },
                  {
                    "provider": "Sysmon",
                    "eventId": 1,
                    "link": "candidate"
                  }
                ],
                "level": null,
                "status": null,
                "deprecated": false,
                "predicates": [
                  {
                    "field": "Image",
                    "rawField": "Image",
                    "op": "ends_with",
                    "value": "\\sc.exe",
                    "polarity": "positive"
                  }
                ]
              },
              "diagnostics": [
                {
                  "line": 1,
                  "column": 1,
                  "severity": "warning",
                  "message": "rule has no id; using its path"
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "authoring.suggest",
      "summary": "What rules for a technique usually look at, compared with a draft.",
      "paramStructure": "by-name",
      "params": [
        {
          "name": "technique",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/TechniqueID"
          },
          "description": "At least one of technique and text is required."
        },
        {
          "name": "text",
          "required": false,
          "schema": {
            "type": "string"
          },
          "description": "A draft rule."
        },
        {
          "name": "format",
          "required": false,
          "schema": {
            "$ref": "#/components/schemas/Vendor"
          }
        },
        {
          "name": "vendors",
          "required": false,
          "description": "Count and list rules of these vendors only (default: all four).",
          "schema": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            },
            "minItems": 1
          }
        }
      ],
      "result": {
        "name": "result",
        "schema": {
          "type": "object",
          "properties": {
            "technique": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/TechniqueID"
                },
                {
                  "type": "null"
                }
              ]
            },
            "suggestions": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "field",
                      "indicator",
                      "exclusion",
                      "event",
                      "noisy-indicator",
                      "similar-rule"
                    ]
                  },
                  "message": {
                    "type": "string"
                  },
                  "field": {
                    "type": "string"
                  },
                  "op": {
                    "$ref": "#/components/schemas/Op"
                  },
                  "value": {
                    "type": "string"
                  },
                  "provider": {
                    "type": "string"
                  },
                  "eventId": {
                    "type": "integer"
                  },
                  "rules": {
                    "type": "integer"
                  },
                  "ruleId": {
                    "type": "string"
                  },
                  "similarity": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1
                  }
                },
                "required": [
                  "kind",
                  "message"
                ],
                "additionalProperties": false
              }
            }
          },
          "required": [
            "technique",
            "suggestions"
          ],
          "additionalProperties": false
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        },
        {
          "$ref": "#/components/errors/Overloaded"
        },
        {
          "$ref": "#/components/errors/TimedOut"
        },
        {
          "$ref": "#/components/errors/Cancelled"
        },
        {
          "$ref": "#/components/errors/NotFound"
        },
        {
          "$ref": "#/components/errors/BadArgument"
        }
      ],
      "examples": [
        {
          "name": "for a technique",
          "params": [
            {
              "name": "technique",
              "value": "T1543.003"
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "technique": "T1543.003",
              "suggestions": [
                {
                  "kind": "event",
                  "message": "3 of 9 rules for T1543.003 read Security-Auditing 4688 (A new process has been created.)",
                  "provider": "Security-Auditing",
                  "eventId": 4688,
                  "rules": 3
                },
                {
                  "kind": "event",
                  "message": "3 of 9 rules for T1543.003 read Service-Control-Manager 7045 (A service was installed in the system.)",
                  "provider": "Service-Control-Manager",
                  "eventId": 7045,
                  "rules": 3
                },
                {
                  "kind": "event",
                  "message": "3 of 9 rules for T1543.003 read Sysmon 1 (Process creation)",
                  "provider": "Sysmon",
                  "eventId": 1,
                  "rules": 3
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read PowerShell 4104 (Script block logging: creating scriptblock text)",
                  "provider": "PowerShell",
                  "eventId": 4104,
                  "rules": 1
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read Security-Auditing 4657 (A registry value was modified.)",
                  "provider": "Security-Auditing",
                  "eventId": 4657,
                  "rules": 1
                },
                {
                  "kind": "field",
                  "message": "4 of 9 rules for T1543.003 filter on EventID (eq 4)",
                  "field": "EventID",
                  "rules": 4
                },
                {
                  "kind": "field",
                  "message": "4 of 9 rules for T1543.003 filter on Image (ends_with 3, eq 1)",
                  "field": "Image",
                  "rules": 4
                },
                {
                  "kind": "field",
                  "message": "3 of 9 rules for T1543.003 filter on CommandLine (match 3, starts_with 1)",
                  "field": "CommandLine",
                  "rules": 3
                },
                {
                  "kind": "field",
                  "message": "3 of 9 rules for T1543.003 filter on ImagePath (match 3)",
                  "field": "ImagePath",
                  "rules": 3
                },
                {
                  "kind": "field",
                  "message": "3 of 9 rules for T1543.003 filter on Provider_Name (eq 3)",
                  "field": "Provider_Name",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "EventID eq 7045: 3 rules here, 4 in the whole corpus",
                  "field": "EventID",
                  "op": "eq",
                  "value": "7045",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "Provider_Name eq Service Control Manager: 3 rules here, 4 in the whole corpus",
                  "field": "Provider_Name",
                  "op": "eq",
                  "value": "Service Control Manager",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "Image ends_with \\sc.exe: 3 rules here, only under T1543.003",
                  "field": "Image",
                  "op": "ends_with",
                  "value": "\\sc.exe",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "CommandLine match \\AppData\\: 2 rules here, 4 in the whole corpus",
                  "field": "CommandLine",
                  "op": "match",
                  "value": "\\AppData\\",
                  "rules": 2
                },
                {
                  "kind": "indicator",
                  "message": "CommandLine match \\Users\\Public\\: 2 rules here, 4 in the whole corpus",
                  "field": "CommandLine",
                  "op": "match",
                  "value": "\\Users\\Public\\",
                  "rules": 2
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes Image eq C:\\Windows\\system32\\services.exe: a known false positive",
                  "field": "Image",
                  "op": "eq",
                  "value": "C:\\Windows\\system32\\services.exe",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ImagePath match \\AppData\\Local\\Microsoft\\Teams\\: a known false positive",
                  "field": "ImagePath",
                  "op": "match",
                  "value": "\\AppData\\Local\\Microsoft\\Teams\\",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ImagePath match \\ProgramData\\Microsoft\\Windows Defender\\: a known false positive",
                  "field": "ImagePath",
                  "op": "match",
                  "value": "\\ProgramData\\Microsoft\\Windows Defender\\",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ParentImage eq C:\\Windows\\System32\\msiexec.exe: a known false positive",
                  "field": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\System32\\msiexec.exe",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ParentImage eq C:\\Windows\\SysWOW64\\msiexec.exe: a known false positive",
                  "field": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\SysWOW64\\msiexec.exe",
                  "rules": 1
                }
              ]
            }
          }
        },
        {
          "name": "for a draft",
          "params": [
            {
              "name": "text",
              "value": "title: Sc create\nlogsource: {category: process_creation, product: windows}\ndetection:\n  sel: {Image|endswith: '\\\\sc.exe', CommandLine|contains: create}\n  condition: sel\ntags: [attack.t1543.003]\n"
            }
          ],
          "result": {
            "name": "result",
            "value": {
              "technique": "T1543.003",
              "suggestions": [
                {
                  "kind": "event",
                  "message": "3 of 9 rules for T1543.003 read Service-Control-Manager 7045 (A service was installed in the system.)",
                  "provider": "Service-Control-Manager",
                  "eventId": 7045,
                  "rules": 3
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read PowerShell 4104 (Script block logging: creating scriptblock text)",
                  "provider": "PowerShell",
                  "eventId": 4104,
                  "rules": 1
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read Security-Auditing 4657 (A registry value was modified.)",
                  "provider": "Security-Auditing",
                  "eventId": 4657,
                  "rules": 1
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read Security-Auditing 4697 (A service was installed in the system.)",
                  "provider": "Security-Auditing",
                  "eventId": 4697,
                  "rules": 1
                },
                {
                  "kind": "event",
                  "message": "1 of 9 rules for T1543.003 read Sysmon 13 (RegistryEvent (Value Set))",
                  "provider": "Sysmon",
                  "eventId": 13,
                  "rules": 1
                },
                {
                  "kind": "field",
                  "message": "4 of 9 rules for T1543.003 filter on EventID (eq 4)",
                  "field": "EventID",
                  "rules": 4
                },
                {
                  "kind": "field",
                  "message": "3 of 9 rules for T1543.003 filter on ImagePath (match 3)",
                  "field": "ImagePath",
                  "rules": 3
                },
                {
                  "kind": "field",
                  "message": "3 of 9 rules for T1543.003 filter on Provider_Name (eq 3)",
                  "field": "Provider_Name",
                  "rules": 3
                },
                {
                  "kind": "field",
                  "message": "2 of 9 rules for T1543.003 filter on OriginalFileName (eq 2)",
                  "field": "OriginalFileName",
                  "rules": 2
                },
                {
                  "kind": "field",
                  "message": "2 of 9 rules for T1543.003 filter on ParentImage (eq 1, starts_with 1)",
                  "field": "ParentImage",
                  "rules": 2
                },
                {
                  "kind": "indicator",
                  "message": "EventID eq 7045: 3 rules here, 4 in the whole corpus",
                  "field": "EventID",
                  "op": "eq",
                  "value": "7045",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "Provider_Name eq Service Control Manager: 3 rules here, 4 in the whole corpus",
                  "field": "Provider_Name",
                  "op": "eq",
                  "value": "Service Control Manager",
                  "rules": 3
                },
                {
                  "kind": "indicator",
                  "message": "CommandLine match \\AppData\\: 2 rules here, 4 in the whole corpus",
                  "field": "CommandLine",
                  "op": "match",
                  "value": "\\AppData\\",
                  "rules": 2
                },
                {
                  "kind": "indicator",
                  "message": "CommandLine match \\Users\\Public\\: 2 rules here, 4 in the whole corpus",
                  "field": "CommandLine",
                  "op": "match",
                  "value": "\\Users\\Public\\",
                  "rules": 2
                },
                {
                  "kind": "indicator",
                  "message": "CommandLine match binPath: 2 rules here, only under T1543.003",
                  "field": "CommandLine",
                  "op": "match",
                  "value": "binPath",
                  "rules": 2
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes Image eq C:\\Windows\\system32\\services.exe: a known false positive",
                  "field": "Image",
                  "op": "eq",
                  "value": "C:\\Windows\\system32\\services.exe",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ImagePath match \\AppData\\Local\\Microsoft\\Teams\\: a known false positive",
                  "field": "ImagePath",
                  "op": "match",
                  "value": "\\AppData\\Local\\Microsoft\\Teams\\",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ImagePath match \\ProgramData\\Microsoft\\Windows Defender\\: a known false positive",
                  "field": "ImagePath",
                  "op": "match",
                  "value": "\\ProgramData\\Microsoft\\Windows Defender\\",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ParentImage eq C:\\Windows\\System32\\msiexec.exe: a known false positive",
                  "field": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\System32\\msiexec.exe",
                  "rules": 1
                },
                {
                  "kind": "exclusion",
                  "message": "1 rule for T1543.003 excludes ParentImage eq C:\\Windows\\SysWOW64\\msiexec.exe: a known false positive",
                  "field": "ParentImage",
                  "op": "eq",
                  "value": "C:\\Windows\\SysWOW64\\msiexec.exe",
                  "rules": 1
                },
                {
                  "kind": "similar-rule",
                  "message": "Elastic rule 'Service Binary Path Set via sc.exe' shares 22% of the draft's positive predicates",
                  "ruleId": "7f3c2a10-5b7e-4c61-9a0e-2d8e1f4b6a01",
                  "similarity": 0.222
                },
                {
                  "kind": "similar-rule",
                  "message": "Sigma rule 'Service Created With Sc.exe' shares 20% of the draft's positive predicates",
                  "ruleId": "972f193a-e513-4989-9f7b-53bdf835920c",
                  "similarity": 0.2
                },
                {
                  "kind": "similar-rule",
                  "message": "Sigma rule 'Service Binary Path Changed To A User Folder' shares 13% of the draft's positive predicates",
                  "ruleId": "e5cb673d-6fe5-45cb-bd7f-acde356121f7",
                  "similarity": 0.125
                }
              ]
            }
          }
        }
      ]
    },
    {
      "name": "index.subscribe",
      "summary": "Receive index.changed notifications after each reload.",
      "description": "While subscribed, the connection receives after each published reload the notification {\"jsonrpc\":\"2.0\",\"method\":\"index.changed\",\"params\":{generation, changed, added, removed, updated, diagnostics}}: the files whose indexed content changed, counts of rules added, removed and updated (by vendor and id), and the diagnostics of the changed files. Notifications are queued like replies: a subscriber that does not read is paused and dropped at the output caps.",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "type": "boolean",
          "const": true
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        }
      ],
      "examples": [
        {
          "name": "subscribe",
          "params": [],
          "result": {
            "name": "result",
            "value": true
          }
        }
      ]
    },
    {
      "name": "index.unsubscribe",
      "summary": "Stop index.changed notifications.",
      "paramStructure": "by-name",
      "params": [],
      "result": {
        "name": "result",
        "schema": {
          "type": "boolean",
          "const": true
        }
      },
      "errors": [
        {
          "$ref": "#/components/errors/InvalidParams"
        }
      ],
      "examples": [
        {
          "name": "unsubscribe",
          "params": [],
          "result": {
            "name": "result",
            "value": true
          }
        }
      ]
    }
  ],
  "components": {
    "schemas": {
      "TechniqueID": {
        "type": "string",
        "pattern": "^[Tt][0-9]{4}(\\.[0-9]{3})?$",
        "description": "An ATT&CK technique id, case-insensitive on input, upper case on output."
      },
      "Vendor": {
        "type": "string",
        "enum": [
          "sigma",
          "elastic",
          "splunk",
          "kql"
        ]
      },
      "Op": {
        "type": "string",
        "enum": [
          "eq",
          "ne",
          "match",
          "starts_with",
          "ends_with",
          "wildcard",
          "regex_match",
          "cidr_match",
          "exists",
          "is_null",
          "gt",
          "gte",
          "lt",
          "lte",
          "fieldref"
        ]
      },
      "Level": {
        "type": [
          "string",
          "null"
        ],
        "enum": [
          "informational",
          "low",
          "medium",
          "high",
          "critical",
          null
        ]
      },
      "VendorCounts": {
        "type": "object",
        "description": "Rule counts keyed by vendor.",
        "additionalProperties": {
          "type": "integer"
        }
      },
      "RuleSummary": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "vendor": {
            "$ref": "#/components/schemas/Vendor"
          },
          "path": {
            "type": "string"
          },
          "techniques": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TechniqueID"
            }
          }
        },
        "required": [
          "id",
          "title",
          "vendor",
          "path",
          "techniques"
        ],
        "additionalProperties": false
      },
      "TechniqueRuleCount": {
        "type": "object",
        "properties": {
          "id": {
            "$ref": "#/components/schemas/TechniqueID"
          },
          "rules": {
            "type": "integer"
          }
        },
        "required": [
          "id",
          "rules"
        ],
        "additionalProperties": false
      },
      "Diagnostic": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string"
          },
          "line": {
            "type": "integer"
          },
          "column": {
            "type": "integer"
          },
          "severity": {
            "type": "string",
            "enum": [
              "error",
              "warning",
              "info"
            ]
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "line",
          "column",
          "severity",
          "message"
        ],
        "additionalProperties": false
      },
      "Predicate": {
        "type": "object",
        "properties": {
          "field": {
            "type": "string"
          },
          "rawField": {
            "type": "string"
          },
          "op": {
            "$ref": "#/components/schemas/Op"
          },
          "value": {
            "type": [
              "string",
              "null"
            ]
          },
          "polarity": {
            "type": "string",
            "enum": [
              "positive",
              "exclusion",
              "negated"
            ]
          }
        },
        "required": [
          "field",
          "rawField",
          "op",
          "value",
          "polarity"
        ],
        "additionalProperties": false
      },
      "EventRef": {
        "type": "object",
        "properties": {
          "provider": {
            "type": "string"
          },
          "eventId": {
            "type": "integer"
          },
          "link": {
            "type": "string",
            "enum": [
              "exact",
              "candidate",
              "equivalent"
            ]
          }
        },
        "required": [
          "provider",
          "eventId",
          "link"
        ],
        "additionalProperties": false
      },
      "RuleDetail": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "vendor": {
            "$ref": "#/components/schemas/Vendor"
          },
          "path": {
            "type": "string"
          },
          "techniques": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TechniqueID"
            }
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EventRef"
            }
          },
          "level": {
            "$ref": "#/components/schemas/Level"
          },
          "status": {
            "type": [
              "string",
              "null"
            ]
          },
          "deprecated": {
            "type": "boolean"
          },
          "predicates": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Predicate"
            }
          }
        },
        "required": [
          "id",
          "title",
          "vendor",
          "techniques",
          "events",
          "level",
          "status",
          "deprecated",
          "predicates"
        ],
        "additionalProperties": false
      },
      "IndexChanged": {
        "type": "object",
        "properties": {
          "generation": {
            "type": "integer"
          },
          "changed": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Paths of the files whose indexed content changed, in path order."
          },
          "added": {
            "type": "integer"
          },
          "removed": {
            "type": "integer"
          },
          "updated": {
            "type": "integer"
          },
          "diagnostics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Diagnostic"
            },
            "description": "Diagnostics of the changed files, including 'keeping the N rules of the last version that parsed'."
          }
        },
        "required": [
          "generation",
          "changed",
          "added",
          "removed",
          "updated",
          "diagnostics"
        ],
        "additionalProperties": false
      }
    },
    "errors": {
      "InvalidParams": {
        "code": -32602,
        "message": "Invalid params",
        "data": "A required param missing, one of the wrong JSON type, or an unknown param name."
      },
      "NotFound": {
        "code": 1001,
        "message": "Not found",
        "data": "Unknown technique, rule or event."
      },
      "BadArgument": {
        "code": 1002,
        "message": "Bad argument",
        "data": "A well-typed value that makes no sense; data.hint says what would."
      },
      "Overloaded": {
        "code": -32001,
        "message": "Server overloaded or limit hit",
        "data": "data.limit names the limit."
      },
      "TimedOut": {
        "code": -32002,
        "message": "Request timed out"
      },
      "Cancelled": {
        "code": -32800,
        "message": "Request cancelled"
      }
    }
  },
  "x-errors": [
    {
      "code": -32700,
      "message": "Parse error",
      "data": "Not JSON, invalid UTF-8, nesting deeper than 512, or a message over 16 MiB (then the connection closes)."
    },
    {
      "code": -32600,
      "message": "Invalid Request",
      "data": "Not a request object, an empty batch, or an id that is an object, array or boolean (answered with id null)."
    },
    {
      "code": -32601,
      "message": "Method not found"
    },
    {
      "code": -32602,
      "message": "Invalid params"
    },
    {
      "code": -32603,
      "message": "Internal error"
    },
    {
      "code": -32001,
      "message": "Server overloaded or limit hit",
      "data": "data.limit: batch, connections, connectionsPerUID, ..."
    },
    {
      "code": -32002,
      "message": "Request timed out"
    },
    {
      "code": -32003,
      "message": "Response budget spent",
      "data": "A batch's responses reached 25 MB; later requests are not run."
    },
    {
      "code": -32800,
      "message": "Request cancelled",
      "data": "$/cancelRequest {id} named the request before it ran."
    },
    {
      "code": 1001,
      "message": "Not found"
    },
    {
      "code": 1002,
      "message": "Bad argument",
      "data": "data.hint says what would make sense."
    }
  ],
  "x-notifications": [
    {
      "name": "index.changed",
      "direction": "server-to-client",
      "params": {
        "$ref": "#/components/schemas/IndexChanged"
      }
    },
    {
      "name": "$/cancelRequest",
      "direction": "client-to-server",
      "params": {
        "type": "object",
        "properties": {
          "id": {
            "type": [
              "string",
              "number"
            ]
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      }
    }
  ]
}
"""#
}
