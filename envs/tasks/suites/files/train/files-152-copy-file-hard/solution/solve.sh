#!/usr/bin/env bash
mkdir -p /workspace/backup/cloud && cp /workspace/quartz.txt /workspace/backup/cloud/ember.txt
