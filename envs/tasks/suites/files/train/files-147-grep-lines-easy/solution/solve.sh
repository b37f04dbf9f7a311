#!/usr/bin/env bash
grep 'WARN' /workspace/harbor.log > /workspace/raven.log
