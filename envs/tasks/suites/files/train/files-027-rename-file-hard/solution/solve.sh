#!/usr/bin/env bash
mv /workspace/logs/cloud/mango.bak /workspace/logs/cloud/walnut.md
