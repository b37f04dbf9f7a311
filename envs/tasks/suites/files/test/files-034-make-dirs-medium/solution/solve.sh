#!/usr/bin/env bash
mkdir -p /workspace/cedar/assets /workspace/cedar/inbox
