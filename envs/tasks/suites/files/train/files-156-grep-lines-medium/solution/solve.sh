#!/usr/bin/env bash
grep 'cedar' /workspace/apple.log > /workspace/tiger.log
