#!/usr/bin/env bash
grep 'lemon' /workspace/quartz.log > /workspace/falcon.log
