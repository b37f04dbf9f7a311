#!/usr/bin/env bash
grep -c 'ERROR' /workspace/cedar.log > /workspace/answer.txt
