#!/usr/bin/env bash
grep 'orchid' /workspace/amber.log > /workspace/stone.log
