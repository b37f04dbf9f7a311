#!/usr/bin/env bash
echo -11826275 > /workspace/answer.txt
