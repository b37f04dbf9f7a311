#!/usr/bin/env bash
mv /workspace/logs/lantern/falcon.bak /workspace/logs/lantern/cedar.md
