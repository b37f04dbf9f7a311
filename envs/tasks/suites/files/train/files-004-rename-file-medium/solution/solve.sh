#!/usr/bin/env bash
mv /workspace/backup/cedar.txt /workspace/backup/quartz.txt
